package org.refinery.alignment.goal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One change people made to a goal or a link: the version it produced, what kind of change it
 * was ({@code CREATED}, {@code UPDATED}; for links {@code LINKED}, {@code UNLINKED}), when, by
 * whom, and each field it set with its value before and after.
 */
public record Revision(long version, String action, Instant at, Actor actor, List<FieldChange> changes) {

	public Revision {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		changes = List.copyOf(changes);
	}

}
