package org.refinery.backlog.session.estimation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored estimation rounds with their votes. */
public interface Rounds {

	void add(Round round);

	Optional<Round> byId(UUID id);

	/**
	 * The round, locked until the transaction ends: a vote and the reveal of one round then happen
	 * one after the other, so the revealed votes are exactly the stored ones.
	 */
	Optional<Round> lockedById(UUID id);

	/** The rounds of a session, by item and then number; the latest round of an item is its current one. */
	List<Round> ofSession(UUID sessionId);

	/** How many rounds the item has had in the session. */
	int countOf(UUID sessionId, UUID itemId);

	/** Stores the vote, replacing the voter's earlier one; the round was read {@link #lockedById locked}. */
	void vote(UUID roundId, Vote vote);

	/** Stores who revealed the round and when; the round was read {@link #lockedById locked}. */
	void reveal(Round revealed);

}
