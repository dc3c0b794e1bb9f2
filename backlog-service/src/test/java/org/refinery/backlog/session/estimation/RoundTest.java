package org.refinery.backlog.session.estimation;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.session.SessionRuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTest {

	static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

	final Round open = Round.opened(UUID.randomUUID(), UUID.randomUUID(), 1, "paul", AT);

	static Vote vote(String voter, String points) {
		return new Vote(voter, points == null ? null : new BigDecimal(points), AT);
	}

	@Test
	void aSecondVoteOfTheSamePersonReplacesTheirFirst() {
		Round round = open.withVote(vote("tess", "3")).withVote(vote("theo", "5")).withVote(vote("tess", "8"));

		assertThat(round.votes()).extracting(Vote::voter).containsExactly("tess", "theo");
		assertThat(round.voteOf("tess")).map(Vote::points).contains(new BigDecimal("8"));
	}

	@Test
	void anUnrevealedRoundTellsNoSpread() {
		Round round = open.withVote(vote("tess", "3"));

		assertThat(round.revealed()).isFalse();
		assertThat(round.spread()).isEmpty();
	}

	@Test
	void aRevealedRoundTellsMinMedianAndMaxLeavingPassesOut() {
		Round round = open.withVote(vote("tess", "3")).withVote(vote("theo", "8")).withVote(vote("pia", "5"))
			.withVote(vote("vic", null))
			.revealed("paul", AT.plusSeconds(60));

		assertThat(round.revealedBy()).isEqualTo("paul");
		assertThat(round.spread()).contains(new Spread(new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("8"), 3));
		assertThat(round.spread().orElseThrow().consensus()).isFalse();
	}

	@Test
	void theMedianOfAnEvenNumberOfVotesIsTheMeanOfTheMiddleTwo() {
		Round round = open.withVote(vote("tess", "3")).withVote(vote("theo", "5")).revealed("paul", AT);

		assertThat(round.spread().orElseThrow().median()).isEqualByComparingTo("4");
	}

	@Test
	void equalVotesAreAConsensus() {
		Round round = open.withVote(vote("tess", "5")).withVote(vote("theo", "5.0")).revealed("paul", AT);

		assertThat(round.spread().orElseThrow().consensus()).isTrue();
	}

	@Test
	void aRoundOfPassesOnlyHasNoSpread() {
		Round round = open.withVote(vote("tess", null)).revealed("paul", AT);

		assertThat(round.spread()).isEmpty();
	}

	@Test
	void aRevealedRoundTakesNoMoreVotesAsAConflict() {
		Round round = open.withVote(vote("tess", "3")).revealed("paul", AT);

		assertThatThrownBy(() -> round.withVote(vote("theo", "5"))).isInstanceOfSatisfying(SessionRuleViolation.class,
				refused -> assertThat(refused.conflict()).isTrue());
		assertThatThrownBy(() -> round.revealed("paul", AT)).isInstanceOfSatisfying(SessionRuleViolation.class,
				refused -> assertThat(refused.conflict()).isTrue());
	}

	@Test
	void aRoundNobodyVotedInCannotBeRevealed() {
		assertThatThrownBy(() -> open.revealed("paul", AT)).isInstanceOfSatisfying(SessionRuleViolation.class,
				refused -> assertThat(refused.conflict()).isFalse());
	}

}
