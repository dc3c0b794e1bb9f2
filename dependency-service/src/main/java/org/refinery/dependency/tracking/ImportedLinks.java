package org.refinery.dependency.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Blocks links received from imports, pending until decided, and their outcomes. */
public interface ImportedLinks {

	/** Stores links not yet received (a redelivered part changes nothing). */
	void receive(List<PendingLink> links);

	/**
	 * The import's links still waiting for a decision, locked until the transaction ends; links
	 * another transaction holds are left out.
	 */
	List<PendingLink> claimPending(UUID importId);

	/** Imports that have links waiting, oldest first. */
	List<UUID> importsWaiting();

	/** The dependency an earlier import made or found for this pair, if any. */
	Optional<UUID> earlierDependency(UUID prerequisiteItemId, UUID dependentItemId);

	void settle(List<LinkOutcome> outcomes, Instant at);

	/** Counts one more settlement of the import and answers its number, from 1. */
	long nextSettlement(UUID importId);

}
