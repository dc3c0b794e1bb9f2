package org.refinery.devstack.seed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cross-team refinement session of one product: who represented which team, the agenda (the
 * items of its outcomes) and what was decided.
 */
record DemoSession(String ref, String productKey, String title, Instant startsAt, String facilitator,
		Map<String, Set<String>> representatives, List<SessionOutcome> outcomes) {

	DemoSession {
		representatives = Map.copyOf(representatives);
		outcomes = List.copyOf(outcomes);
	}

	/** What the session decided about one item; kind as the backlog service names it. */
	record SessionOutcome(String itemRef, String kind, String note) {
	}

}
