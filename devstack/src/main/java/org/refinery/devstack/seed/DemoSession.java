package org.refinery.devstack.seed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cross-team refinement session of one product: who represented which team, the agenda and,
 * once {@code held}, what was decided about each item on it. A session not yet held is only
 * scheduled: the demo has one coming up.
 */
record DemoSession(String ref, String productKey, String title, Instant startsAt, String facilitator,
		Map<String, Set<String>> representatives, List<String> agendaRefs, List<SessionOutcome> outcomes,
		boolean held) {

	DemoSession {
		representatives = Map.copyOf(representatives);
		agendaRefs = List.copyOf(agendaRefs);
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * What the session decided about one item; kind as the backlog service names it. A kind that
	 * claims a state carries it, as the service demands: the estimate of ESTIMATED, the children
	 * of SPLIT, the reason (note) of REMOVED.
	 */
	record SessionOutcome(String itemRef, String kind, String note, Integer estimate, List<Part> children) {

		SessionOutcome {
			children = List.copyOf(children);
		}

	}

	/** A child of a split: its type and title (it inherits the split item's teams). */
	record Part(String type, String title) {
	}

}
