package org.refinery.forecast.backlog;

import java.util.List;
import java.util.UUID;

/** The known dependencies; saving keeps only newer versions. */
public interface Blockers {

	/** Saves the dependency unless a newer or equal version is held; {@code true} when it changed. */
	boolean save(Blocker blocker);

	/** The open BLOCKS dependencies of the product. */
	List<Blocker> blockingIn(UUID productId);

}
