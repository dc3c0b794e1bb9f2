package org.refinery.backlog.session.estimation;

import org.refinery.backlog.session.SessionRuleViolation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One estimation round of one agenda item; {@code number} counts the rounds of the item in the
 * session from 1. Open until {@code revealedAt} is set; the votes are ordered by voter.
 */
public record Round(UUID id, UUID sessionId, UUID itemId, int number, String openedBy, Instant openedAt,
		String revealedBy, Instant revealedAt, List<Vote> votes) {

	public Round {
		Objects.requireNonNull(id, "id");
		votes = votes.stream().sorted(Comparator.comparing(Vote::voter)).toList();
	}

	/** A new round, the {@code number}th of its item, with no votes yet. */
	public static Round opened(UUID sessionId, UUID itemId, int number, String by, Instant at) {
		return new Round(UUID.randomUUID(), sessionId, itemId, number, by, at, null, null, List.of());
	}

	public boolean revealed() {
		return revealedAt != null;
	}

	/** Casts or changes the voter's vote; a revealed round takes none (409), its result is told. */
	public Round withVote(Vote vote) {
		requireOpen("takes no more votes");
		var others = votes.stream().filter(v -> !v.voter().equals(vote.voter()));
		return new Round(id, sessionId, itemId, number, openedBy, openedAt, null, null,
				Stream.concat(others, Stream.of(vote)).toList());
	}

	/** Shows every vote at once; a round nobody voted in has nothing to show (422). */
	public Round revealed(String by, Instant at) {
		requireOpen("is already revealed");
		if (votes.isEmpty()) {
			throw new SessionRuleViolation("Nobody has voted in round " + number + " yet; reveal once someone has",
					false);
		}
		return new Round(id, sessionId, itemId, number, openedBy, openedAt, by, at, votes);
	}

	public Optional<Vote> voteOf(String voter) {
		return votes.stream().filter(vote -> vote.voter().equals(voter)).findFirst();
	}

	/** Min, median and max of the numeric votes once revealed; nothing before, or it would tell the values. */
	public Optional<Spread> spread() {
		if (!revealed()) {
			return Optional.empty();
		}
		return Optional.ofNullable(Spread.of(votes.stream().filter(vote -> !vote.pass()).map(Vote::points).toList()));
	}

	private void requireOpen(String what) {
		if (revealed()) {
			throw new SessionRuleViolation("Round " + number + " of this item was revealed and " + what
					+ "; start a new round to vote again", true);
		}
	}

}
