package org.refinery.backlog.session.estimation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored estimation rounds with their votes. */
public interface Rounds {

	void add(Round round);

	Optional<Round> byId(UUID id);

	/** The rounds of a session, by item and then number; the latest round of an item is its current one. */
	List<Round> ofSession(UUID sessionId);

	/** How many rounds the item has had in the session. */
	int countOf(UUID sessionId, UUID itemId);

	/** Stores the vote, replacing the voter's earlier one, if the round is still unrevealed; false if not. */
	boolean vote(UUID roundId, Vote vote);

	/** Marks the round revealed if it was not yet; false if another reveal came first. */
	boolean reveal(Round revealed);

}
