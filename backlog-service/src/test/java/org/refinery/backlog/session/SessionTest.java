package org.refinery.backlog.session;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

	static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

	final UUID item = UUID.randomUUID();

	final UUID other = UUID.randomUUID();

	Session scheduled(Map<String, Set<String>> representatives) {
		return new Session(UUID.randomUUID(), UUID.randomUUID(), "PAY", "Weekly", "paul", START,
				SessionStatus.SCHEDULED, representatives, List.of(item), List.of(), 1);
	}

	Session twoTeams() {
		return scheduled(Map.of("PAY-CHECKOUT", Set.of("tess"), "PAY-LEDGER", Set.of("theo")));
	}

	Outcome outcome(UUID about) {
		return new Outcome(UUID.randomUUID(), about, OutcomeKind.CLARIFIED, "ok", "tess", START);
	}

	@Test
	void aCorrectionIsTheNextVersionAndNamesWhatChanged() {
		Session before = twoTeams();

		Session after = before.edited(new SessionEdit("Moved", START.plusSeconds(3600), null, null, List.of(item, other)));

		assertThat(after.version()).isEqualTo(2);
		assertThat(after.changedFrom(before)).containsExactly("agenda", "startsAt", "title");
	}

	@Test
	void aCorrectionThatChangesNothingIsTheSameSession() {
		Session before = twoTeams();

		assertThat(before.edited(new SessionEdit("Weekly", START, "paul", before.representatives(), List.of(item))))
			.isSameAs(before);
		assertThat(before.edited(new SessionEdit(null, null, null, null, null))).isSameAs(before);
	}

	@Test
	void onlyItemsOnTheAgendaGetOutcomes() {
		Session session = twoTeams();

		assertThatThrownBy(() -> session.withOutcome(outcome(other))).isInstanceOf(SessionRuleViolation.class)
			.hasMessageContaining("not on the agenda")
			.satisfies(ex -> assertThat(((SessionRuleViolation) ex).conflict()).isFalse());
		Session opened = session.withOutcome(outcome(item));
		assertThat(opened.status()).isEqualTo(SessionStatus.OPEN);
	}

	@Test
	void anItemJoinsTheAgendaWhileTheSessionRunsAndThenGetsOutcomes() {
		Session open = twoTeams().withOutcome(outcome(item));

		Session extended = open.edited(new SessionEdit(null, null, null, null, List.of(item, other)));

		assertThat(extended.withOutcome(outcome(other)).outcomes()).hasSize(2);
	}

	@Test
	void anItemWithAnOutcomeStaysOnTheAgenda() {
		Session open = twoTeams().withOutcome(outcome(item));

		assertThatThrownBy(() -> open.edited(new SessionEdit(null, null, null, null, List.of(other))))
			.isInstanceOf(SessionRuleViolation.class).hasMessageContaining("stays on its agenda");
	}

	@Test
	void aSessionOfOneTeamClosesAsNotCrossTeam() {
		Session closed = scheduled(Map.of("PAY-CHECKOUT", Set.of("tess"), "PAY-LEDGER", Set.of())).closed(2);

		assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
		assertThat(closed.ending()).isEqualTo(new Ending(1, false, null));
	}

	@Test
	void aSessionHearingEnoughTeamsClosesAsCrossTeam() {
		assertThat(twoTeams().closed(2).ending()).isEqualTo(new Ending(2, true, null));
	}

	@Test
	void aCancelledSessionKeepsWhy() {
		Session cancelled = twoTeams().cancelled("  PI planning instead ");

		assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(cancelled.ending().cancelReason()).isEqualTo("PI planning instead");
		assertThat(cancelled.version()).isEqualTo(2);
	}

	@Test
	void aSessionThatIsOverTakesNoFurtherChange() {
		for (Session over : List.of(twoTeams().closed(2), twoTeams().cancelled(null))) {
			assertThatThrownBy(() -> over.edited(new SessionEdit("x", null, null, null, null)))
				.isInstanceOf(SessionRuleViolation.class)
				.satisfies(ex -> assertThat(((SessionRuleViolation) ex).conflict()).isTrue());
			assertThatThrownBy(() -> over.withOutcome(outcome(item))).isInstanceOf(SessionRuleViolation.class);
			assertThatThrownBy(() -> over.closed(1)).isInstanceOf(SessionRuleViolation.class);
			assertThatThrownBy(() -> over.cancelled("again")).isInstanceOf(SessionRuleViolation.class);
		}
	}

}
