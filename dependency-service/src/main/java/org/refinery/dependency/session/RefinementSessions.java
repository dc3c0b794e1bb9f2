package org.refinery.dependency.session;

import java.util.Optional;
import java.util.UUID;

/** The read model of refinement sessions. */
public interface RefinementSessions {

	Optional<RefinementSession> byId(UUID id);

	/**
	 * Inserts or replaces the session, but never with an older or equal version; answers whether
	 * the stored state changed.
	 */
	boolean save(RefinementSession session);

}
