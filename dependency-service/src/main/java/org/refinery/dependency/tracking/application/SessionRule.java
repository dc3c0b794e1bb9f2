package org.refinery.dependency.tracking.application;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.session.RefinementSession;
import org.refinery.dependency.session.RefinementSessions;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.ReferenceRefused;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The session a dependency was identified in must be a known session refining the items'
 * product. A session of another product the caller sees is a 422 naming that product; an unknown
 * one, one of a product the caller may not see and one whose product this service cannot name yet
 * (no item of it has arrived, so visibility cannot be shown) get one answer, {@link ReferenceRefused}
 * (ADR 0005).
 */
@Component
class SessionRule {

	private final RefinementSessions sessions;

	private final BacklogItems items;

	SessionRule(RefinementSessions sessions, BacklogItems items) {
		this.sessions = sessions;
		this.items = items;
	}

	void require(UUID sessionId, BacklogItem dependent, Caller caller) {
		if (sessionId == null) {
			return;
		}
		RefinementSession session = sessions.byId(sessionId)
			.orElseThrow(() -> new ReferenceRefused("/sessionId", sessionId, "a refinement session"));
		if (session.productId().equals(dependent.productId())) {
			return;
		}
		String product = items.productKeyOf(session.productId())
			.filter(caller::canSee)
			.orElseThrow(() -> new ReferenceRefused("/sessionId", sessionId, "a refinement session"));
		throw new DependencyRuleViolation("sessionId: refinement session " + sessionId + " (\"" + session.title()
				+ "\") refines product " + product + ", but " + dependent.key() + " is in "
				+ dependent.productKey());
	}

}
