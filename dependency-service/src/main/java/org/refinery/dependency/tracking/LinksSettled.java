package org.refinery.dependency.tracking;

import java.util.List;
import java.util.UUID;

/**
 * Links of one import were decided; published in the transaction that stored the outcomes, so the
 * answer to backlog-service enters the outbox with them. {@code settlement} counts the import's
 * settlements from 1.
 */
public record LinksSettled(UUID importId, long settlement, List<LinkOutcome> outcomes) {

	public LinksSettled {
		outcomes = List.copyOf(outcomes);
	}

}
