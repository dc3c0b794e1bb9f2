package org.refinery.dependency.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a dependency: when it was made, by whom (the name people recognise, or {@code
 * dependency-service} for the service's own changes) and each field it changed. Version 1 is the
 * identification, with every field it set.
 */
public record Revision(long version, Instant changedAt, String actor, List<FieldChange> changes) {

	public Revision {
		Objects.requireNonNull(changedAt, "changedAt");
		Objects.requireNonNull(actor, "actor");
		changes = List.copyOf(changes);
	}

}
