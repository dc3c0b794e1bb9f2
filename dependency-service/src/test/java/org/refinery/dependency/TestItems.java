package org.refinery.dependency;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemAssigned;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemStatusChanged;
import org.refinery.contracts.backlog.items.ItemType;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Item events as the backlog service would send them, and a look at what this service published. */
public final class TestItems {

	public static final Actor PAUL = new Actor("paul-subject", "paul");

	private TestItems() {
	}

	/** A fresh product key, so tests never see each other's data. */
	public static String productKey() {
		return "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
	}

	public static UUID productId(String productKey) {
		return UUID.nameUUIDFromBytes(productKey.getBytes());
	}

	public static ItemState state(UUID id, String productKey, String key, String team, String rank,
			ItemStatus status, long version) {
		return new ItemState(id, productId(productKey), productKey, key, ItemType.STORY, "Item " + key,
				BigDecimal.valueOf(3), team, Set.of(), null, rank, status, false, 0,
				status == ItemStatus.DONE ? Instant.now() : null, version);
	}

	public static ItemCreated created(ItemState state) {
		return new ItemCreated(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), state.version(), PAUL,
				state);
	}

	public static ItemStatusChanged statusChanged(ItemState state, ItemStatus from) {
		return new ItemStatusChanged(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), state.version(),
				PAUL, state, from, state.status());
	}

	public static ItemRemoved removed(ItemState state, ItemStatus previous) {
		return new ItemRemoved(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), state.version(), PAUL,
				state, previous, "Duplicate of another item");
	}

	public static ItemAssigned assigned(ItemState state, String previousTeam) {
		return new ItemAssigned(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), state.version(), PAUL,
				state, previousTeam, state.teamKey(), Set.of(), Set.of());
	}

	public static SessionState session(UUID id, String productKey, SessionStatus status) {
		return new SessionState(id, productId(productKey), productKey + " cross-team refinement",
				Instant.parse("2026-11-24T09:00:00Z"), Set.of(productKey + "-CHECKOUT"), status, 0);
	}

	public static RefinementSessionScheduled scheduled(SessionState state, long version) {
		return new RefinementSessionScheduled(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), version,
				PAUL, state);
	}

	public static RefinementSessionClosed closed(SessionState state, long version) {
		return new RefinementSessionClosed(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), version,
				PAUL, state);
	}

	/** Sends a session event keyed by {@code key} and waits for the broker to take it. */
	public static void sendSession(KafkaTemplate<String, RefineryEvent> kafka, UUID key, RefineryEvent event) {
		try {
			kafka.send(Topics.BACKLOG_SESSIONS, key.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
	}

	/** Sends an item event keyed by {@code key} and waits for the broker to take it. */
	public static void send(KafkaTemplate<String, RefineryEvent> kafka, UUID key, RefineryEvent event) {
		try {
			kafka.send(Topics.BACKLOG_ITEMS, key.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
	}

	/** The first event on the dependency topic that matches, read from the start by a fresh group. */
	public static RefineryEvent published(ConsumerFactory<String, RefineryEvent> consumers,
			Predicate<RefineryEvent> wanted) {
		try (var consumer = consumers.createConsumer("published-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.DEPENDENCIES));
			Instant deadline = Instant.now().plusSeconds(30);
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, RefineryEvent> record : consumer.poll(Duration.ofMillis(250))) {
					if (record.value() != null && wanted.test(record.value())) {
						return record.value();
					}
				}
			}
		}
		throw new AssertionError("No matching event was published on " + Topics.DEPENDENCIES);
	}

}
