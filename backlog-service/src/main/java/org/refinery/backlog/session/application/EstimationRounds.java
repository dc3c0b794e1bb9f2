package org.refinery.backlog.session.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.estimation.NotOnAgenda;
import org.refinery.backlog.session.estimation.Round;
import org.refinery.backlog.session.estimation.RoundChanged;
import org.refinery.backlog.session.estimation.RoundChanged.Change;
import org.refinery.backlog.session.estimation.RoundNotFound;
import org.refinery.backlog.session.estimation.Rounds;
import org.refinery.backlog.session.estimation.Vote;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Estimation rounds of a session (see the package {@code session.estimation}): the facilitator
 * and product owners open and reveal them, the representatives and the facilitator vote, everyone
 * who sees the session sees its rounds (what an unrevealed round shows is up to the caller's view
 * of it). Each change is one transaction with its {@link RoundChanged} event; a session that is
 * over takes none (409).
 */
@Service
public class EstimationRounds {

	private final SessionAccess access;

	private final Rounds rounds;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter revealed;

	EstimationRounds(SessionAccess access, Rounds rounds, ApplicationEventPublisher events, Clock clock,
			MeterRegistry meters) {
		this.access = access;
		this.rounds = rounds;
		this.events = events;
		this.clock = clock;
		this.revealed = Counter.builder("refinery.session.estimation.rounds.revealed")
			.description("Estimation rounds revealed in refinement sessions")
			.register(meters);
	}

	/** Opens the next round of an agenda item; an open earlier round of it stays as it is, in the history. */
	@Transactional
	public Round open(UUID sessionId, UUID itemId, Caller caller) {
		Session session = requireNotOver(access.steerable(sessionId, "open estimation rounds in", caller));
		if (!session.agenda().contains(itemId)) {
			throw new NotOnAgenda(itemId, session.title());
		}
		Round round = Round.opened(session.id(), itemId, rounds.countOf(session.id(), itemId) + 1, caller.username(),
				clock.instant());
		rounds.add(round);
		events.publishEvent(new RoundChanged(round, Change.OPENED, null));
		return round;
	}

	/** Casts the caller's vote, or changes it; {@code points} null is a pass. */
	@Transactional
	public Round vote(UUID sessionId, UUID roundId, BigDecimal points, Caller caller) {
		Session session = requireNotOver(access.voting(sessionId, caller));
		Round after = locked(session, roundId).withVote(new Vote(caller.username(), points, clock.instant()));
		rounds.vote(roundId, after.voteOf(caller.username()).orElseThrow());
		events.publishEvent(new RoundChanged(after, Change.VOTED, caller.username()));
		return after;
	}

	@Transactional
	public Round reveal(UUID sessionId, UUID roundId, Caller caller) {
		Session session = requireNotOver(access.steerable(sessionId, "reveal estimation rounds in", caller));
		Round after = locked(session, roundId).revealed(caller.username(), clock.instant());
		rounds.reveal(after);
		revealed.increment();
		events.publishEvent(new RoundChanged(after, Change.REVEALED, null));
		return after;
	}

	/** Every round of the session, by item and number. */
	@Transactional(readOnly = true)
	public List<Round> ofSession(UUID sessionId, Caller caller) {
		return rounds.ofSession(access.visible(sessionId, caller).id());
	}

	@Transactional(readOnly = true)
	public Round get(UUID sessionId, UUID roundId, Caller caller) {
		return round(access.visible(sessionId, caller), roundId);
	}

	private Round round(Session session, UUID roundId) {
		return rounds.byId(roundId).filter(round -> round.sessionId().equals(session.id()))
			.orElseThrow(() -> new RoundNotFound(roundId));
	}

	/** The round locked for a change of it, so that a vote never slips in beside the reveal. */
	private Round locked(Session session, UUID roundId) {
		return rounds.lockedById(roundId).filter(round -> round.sessionId().equals(session.id()))
			.orElseThrow(() -> new RoundNotFound(roundId));
	}

	private static Session requireNotOver(Session session) {
		if (session.status().isOver()) {
			throw new SessionRuleViolation("The session \"" + session.title() + "\" is "
					+ session.status().name().toLowerCase() + "; its estimation rounds are over", true);
		}
		return session;
	}

}
