package org.refinery.contracts.samples;

import org.refinery.contracts.backlog.sessions.OutcomeKind;
import org.refinery.contracts.backlog.sessions.RefinementOutcomeRecorded;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionClosed;
import org.refinery.contracts.backlog.sessions.RefinementSessionScheduled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;

import java.util.Set;

import static org.refinery.contracts.samples.SampleValues.OUTCOME;
import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.SESSION;
import static org.refinery.contracts.samples.SampleValues.TESS;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

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

	/** A later outcome of the same session, of a kind added after the first release (a sample variant). */
	static RefinementOutcomeRecorded goalLinked() {
		return new RefinementOutcomeRecorded(id("9e41c7a2-5b0d-4f3e-8c61-2d7a4b9f0e35"), at("2026-03-04T13:40:00Z"),
				PAY, SESSION, 3, TESS, session(SessionStatus.OPEN, 2), id("1f6d8e3b-7a24-4c59-9b0e-5e8c2a71d4f6"), PAY_42,
				OutcomeKind.GOAL_LINKED, "Linked to the goal Launch instant payouts in the EU: payouts need the faster capture");
	}

	static RefinementSessionClosed sessionClosed() {
		return new RefinementSessionClosed(id("aa332da6-50df-46fa-bff2-ad939ff44971"), at("2026-03-04T14:55:00Z"), PAY,
				SESSION, 6, PAUL, session(SessionStatus.CLOSED, 4));
	}

	static RefinementSessionUpdated sessionUpdated() {
		return new RefinementSessionUpdated(id("5f0b7c1e-3c1d-4f0a-9a51-2f7f4c0d9e11"), at("2026-02-26T09:10:00Z"), PAY,
				SESSION, 2, PAUL, session(SessionStatus.SCHEDULED, 0), Set.of("startsAt", "agenda"));
	}

	static RefinementSessionCancelled sessionCancelled() {
		return new RefinementSessionCancelled(id("c3e0a9d4-8b6f-4e2a-b1d7-6a9e5f3c2b18"), at("2026-03-03T17:30:00Z"),
				PAY, SESSION, 3, PAUL, session(SessionStatus.CANCELLED, 0), "Merged into the PI planning pre-session");
	}

	private static SessionState session(SessionStatus status, int outcomes) {
		return new SessionState(SESSION, PAY, "PAY cross-team refinement, Sprint 5", at("2026-03-04T13:00:00Z"),
				Set.of("PAY-CHECKOUT", "PAY-LEDGER"), status, outcomes);
	}

}
