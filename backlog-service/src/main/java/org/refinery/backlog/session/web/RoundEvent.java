package org.refinery.backlog.session.web;

import org.refinery.backlog.session.estimation.Round;
import org.refinery.backlog.session.estimation.RoundChanged;
import org.refinery.backlog.session.estimation.Spread;
import org.refinery.backlog.session.estimation.Vote;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A round's change on the live stream: {@code round-opened}, {@code round-voted} naming the voter
 * and never the value, or {@code round-revealed} with every vote and their spread. This record is
 * the only shape a round takes on the stream and in notices, and only a revealed round fills
 * {@code votes}, so an unrevealed value cannot travel.
 */
record RoundEvent(UUID sessionId, String change, UUID roundId, UUID itemId, int number, String voter,
		List<Revealed> votes, Spread spread) {

	static RoundEvent of(RoundChanged changed) {
		Round round = changed.round();
		boolean revealed = changed.change() == RoundChanged.Change.REVEALED && round.revealed();
		return new RoundEvent(round.sessionId(), "round-" + changed.change().name().toLowerCase(), round.id(),
				round.itemId(), round.number(), changed.voter(),
				revealed ? round.votes().stream().map(Revealed::of).toList() : null,
				revealed ? round.spread().orElse(null) : null);
	}

	/** A revealed vote: points, or a pass. */
	record Revealed(String voter, BigDecimal points, boolean pass) {

		static Revealed of(Vote vote) {
			return new Revealed(vote.voter(), vote.points(), vote.pass());
		}

	}

}
