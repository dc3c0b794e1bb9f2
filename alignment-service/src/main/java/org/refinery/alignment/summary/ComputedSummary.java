package org.refinery.alignment.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * A summary with the moment its inputs were read. {@code stale} says that something of its
 * product changed since: a newer summary is being computed and will replace it.
 */
public record ComputedSummary(AlignmentSummary summary, Instant computedAt, boolean stale) {

	public ComputedSummary {
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(computedAt, "computedAt");
	}

}
