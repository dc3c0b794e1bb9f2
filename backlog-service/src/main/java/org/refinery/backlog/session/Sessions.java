package org.refinery.backlog.session;

import org.refinery.backlog.product.Actor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored refinement sessions, each with its history. */
public interface Sessions {

	/** Stores a new session and the first entry of its history. */
	void add(Session session, Actor actor);

	Optional<Session> byId(UUID id);

	/** A page of a product's sessions, latest start first. */
	List<Session> ofProduct(UUID productId, long offset, int limit);

	long countOfProduct(UUID productId);

	/**
	 * Stores the new state if the stored version is still {@code before.version()}, with one
	 * history entry per changed field, and the outcome if there is one; otherwise refuses with 409.
	 */
	void update(Session before, Session after, Outcome outcome, Actor actor);

	/** A page of the session's history, newest version first. */
	List<SessionHistoryEntry> history(UUID id, int offset, int limit);

	/** How many entries the session's history has. */
	long historyCount(UUID id);

}
