package org.refinery.contracts.backlog.sessions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A refinement session as it is after a change.
 *
 * @param id the session id
 * @param productId the product whose backlog is refined
 * @param title the title, e.g. "PAY cross-team refinement, Sprint 7"
 * @param startsAt when it starts
 * @param teamKeys the teams taking part; the basis of team-representation metrics
 * @param status the status
 * @param outcomeCount how many outcomes were recorded so far
 */
public record SessionState(UUID id, UUID productId, String title, Instant startsAt, Set<String> teamKeys,
		SessionStatus status, int outcomeCount) {

	public SessionState {
		Fields.required(id, "SessionState", "id");
		Fields.required(productId, "SessionState", "productId");
		Fields.required(title, "SessionState", "title");
		Fields.required(startsAt, "SessionState", "startsAt");
		teamKeys = Fields.sortedSet(teamKeys);
		Fields.required(status, "SessionState", "status");
	}

}
