package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.OUTCOME;
import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.SESSION;
import static org.refinery.contracts.samples.SampleValues.TESS;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.util.Set;

import org.refinery.contracts.backlog.sessions.OutcomeKind;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;

/** The expected records of the {@code refinery.backlog.sessions.v1} samples: one session of PAY. */
final class SessionFixtures {

	private SessionFixtures() {
	}

	static RefinementSessionScheduled sessionScheduled() {
		return new RefinementSessionScheduled(id("bb9ee060-aa5c-4951-b7cb-6c8806d6f417"), at("2026-02-25T16:00:00Z"),
				PAY, SESSION, 1, PAUL, session(SessionStatus.SCHEDULED, 0));
	}

	static RefinementOutcomeRecorded outcomeRecorded() {
		return new RefinementOutcomeRecorded(id("00d335ba-d73c-4838-bce3-0fdff5d16301"), at("2026-03-04T13:25:00Z"),
				PAY, SESSION, 2, TESS, session(SessionStatus.OPEN, 1), OUTCOME, PAY_42,
				OutcomeKind.DEPENDENCY_IDENTIFIED, "Checkout needs the ledger's idempotent capture API first");
	}

	static RefinementSessionClosed sessionClosed() {
		return new RefinementSessionClosed(id("aa332da6-50df-46fa-bff2-ad939ff44971"), at("2026-03-04T14:55:00Z"), PAY,
				SESSION, 6, PAUL, session(SessionStatus.CLOSED, 4));
	}

	private static SessionState session(SessionStatus status, int outcomes) {
		return new SessionState(SESSION, PAY, "PAY cross-team refinement, Sprint 5", at("2026-03-04T13:00:00Z"),
				Set.of("PAY-CHECKOUT", "PAY-LEDGER"), status, outcomes);
	}

}
