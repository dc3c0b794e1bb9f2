package org.refinery.backlog.session.estimation.web;

import org.refinery.backlog.session.estimation.Round;
import org.refinery.backlog.session.estimation.Spread;
import org.refinery.backlog.session.estimation.Vote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round as one person may see it. Until it is revealed only {@code voters} (who has voted) and
 * the caller's own {@code yourVote} are there, never another person's value: the values of an
 * open round are not even serialised. Once revealed, {@code votes} holds every vote and
 * {@code spread} their minimum, median and maximum.
 */
record RoundView(UUID id, UUID sessionId, UUID itemId, int number, String status, String openedBy, Instant openedAt,
		String revealedBy, Instant revealedAt, List<String> voters, Ballot yourVote, List<Ballot> votes,
		Spread spread, Boolean consensus) {

	static RoundView of(Round round, String viewer) {
		List<Ballot> votes = round.revealed() ? round.votes().stream().map(Ballot::of).toList() : null;
		Spread spread = round.spread().orElse(null);
		return new RoundView(round.id(), round.sessionId(), round.itemId(), round.number(),
				round.revealed() ? "REVEALED" : "OPEN", round.openedBy(), round.openedAt(), round.revealedBy(),
				round.revealedAt(), round.votes().stream().map(Vote::voter).toList(),
				round.voteOf(viewer).map(Ballot::of).orElse(null), votes, spread,
				spread == null ? null : spread.consensus());
	}

	/** One vote: {@code points}, or {@code pass} true and no points. */
	record Ballot(String voter, BigDecimal points, boolean pass, Instant castAt) {

		static Ballot of(Vote vote) {
			return new Ballot(vote.voter(), vote.points(), vote.pass(), vote.castAt());
		}

	}

}
