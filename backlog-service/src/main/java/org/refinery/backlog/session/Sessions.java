package org.refinery.backlog.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored refinement sessions. */
public interface Sessions {

	void add(Session session);

	Optional<Session> byId(UUID id);

	List<Session> ofProduct(UUID productId, int offset, int limit);

	/** Stores an outcome and the session's new status and version, if still at {@code expected}. */
	void recordOutcome(Session after, Outcome outcome, long expectedVersion);

	void close(Session after, long expectedVersion);

}
