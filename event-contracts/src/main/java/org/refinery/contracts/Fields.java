package org.refinery.contracts;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The checks and defensive copies shared by the compact constructors of the contract
 * records, so that every record rejects a missing field with the same kind of message
 * ({@code "ItemCreated.item is required"}) and no record leaks a mutable collection. Sets
 * and maps are kept sorted so that the JSON of an event is deterministic.
 * Meant for the records of this module, not for service code.
 */
public final class Fields {

	private Fields() {
	}

	/** Checks the fields every event has, {@code productId} included. */
	public static void envelope(String type, UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
			long aggregateVersion, Actor actor) {
		envelope(type, eventId, occurredAt, aggregateId, aggregateVersion, actor);
		required(productId, type, "productId");
	}

	/** Checks the fields every event has, except {@code productId} (optional for goals). */
	public static void envelope(String type, UUID eventId, Instant occurredAt, UUID aggregateId, long aggregateVersion,
			Actor actor) {
		required(eventId, type, "eventId");
		required(occurredAt, type, "occurredAt");
		required(aggregateId, type, "aggregateId");
		required(actor, type, "actor");
		if (aggregateVersion < 1) {
			throw new IllegalArgumentException(type + ".aggregateVersion must be at least 1, was " + aggregateVersion);
		}
	}

	/** Returns the value, or throws a {@link NullPointerException} naming the missing field. */
	public static <T> T required(T value, String type, String field) {
		return Objects.requireNonNull(value, () -> type + "." + field + " is required");
	}

	/** Rejects an event whose aggregate id is not the id of the state it carries. */
	public static void sameAggregate(String type, UUID aggregateId, UUID stateId) {
		if (!aggregateId.equals(stateId)) {
			throw new IllegalArgumentException(type + ".aggregateId " + aggregateId
					+ " must be the id of the carried state, " + stateId);
		}
	}

	/** Rejects a count or length that must be positive. */
	public static int positive(int value, String type, String field) {
		if (value < 1) {
			throw new IllegalArgumentException(type + "." + field + " must be at least 1, was " + value);
		}
		return value;
	}

	/** Rejects a count or length that must be positive when it is given. */
	public static Integer positiveIfPresent(Integer value, String type, String field) {
		return value == null ? null : positive(value, type, field);
	}

	/** An unmodifiable copy; {@code null} becomes empty. */
	public static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

	/** An unmodifiable sorted copy; {@code null} becomes empty. */
	public static <T extends Comparable<? super T>> Set<T> sortedSet(Set<T> values) {
		return values == null ? Collections.emptySortedSet()
				: Collections.unmodifiableSortedSet(new TreeSet<>(values));
	}

	/** An unmodifiable copy sorted by key; {@code null} becomes empty. */
	public static <V> Map<String, V> sortedMap(Map<String, V> values) {
		return values == null ? Collections.emptySortedMap()
				: Collections.unmodifiableSortedMap(new TreeMap<>(values));
	}

}
