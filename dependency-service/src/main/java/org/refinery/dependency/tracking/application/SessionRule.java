package org.refinery.dependency.tracking.application;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.session.RefinementSession;
import org.refinery.dependency.session.RefinementSessions;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.Requester;
import org.refinery.dependency.tracking.SessionNotVisible;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The session a dependency was identified in must be a known session refining the items'
 * product. A session of another product the caller sees is a 422 naming that product; one of a
 * product the caller may not see is not found (ADR 0005), as is one whose product this service
 * cannot name yet (no item of it has arrived), since visibility cannot be shown.
 */
@Component
class SessionRule {

	private final RefinementSessions sessions;

	private final BacklogItems items;

	SessionRule(RefinementSessions sessions, BacklogItems items) {
		this.sessions = sessions;
		this.items = items;
	}

	void require(UUID sessionId, BacklogItem dependent, Requester requester) {
		if (sessionId == null) {
			return;
		}
		RefinementSession session = sessions.byId(sessionId)
			.orElseThrow(() -> new DependencyRuleViolation("sessionId: refinement session " + sessionId
					+ " is not known here: no backlog event has announced it (yet)"));
		if (session.productId().equals(dependent.productId())) {
			return;
		}
		String product = items.productKeyOf(session.productId())
			.filter(requester::canSee)
			.orElseThrow(() -> new SessionNotVisible(sessionId));
		throw new DependencyRuleViolation("sessionId: refinement session " + sessionId + " (\"" + session.title()
				+ "\") refines product " + product + ", but " + dependent.key() + " is in "
				+ dependent.productKey());
	}

}
