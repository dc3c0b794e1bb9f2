package org.refinery.forecast.throughput.application;

import org.refinery.forecast.throughput.TeamDirectory;
import org.refinery.forecast.throughput.TeamNotFound;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;

/**
 * The object-level check for a team: the caller sees it when they see its product or belong to
 * it. Anyone else learns nothing of it, not even that it exists (ADR 0005), so an unknown team
 * and an invisible one end in the same {@link TeamNotFound}.
 */
@Component
class VisibleTeams {

	private final TeamDirectory teams;

	VisibleTeams(TeamDirectory teams) {
		this.teams = teams;
	}

	/** The product of a team the caller may see. */
	String productOf(Caller caller, String teamKey) {
		return teams.productOf(teamKey)
			.filter(product -> caller.canSee(product) || caller.isMemberOf(teamKey))
			.orElseThrow(() -> new TeamNotFound(teamKey));
	}

}
