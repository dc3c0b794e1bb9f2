package org.refinery.forecast.throughput.application;

import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.throughput.ThroughputSample;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a team's throughput history for whoever may see the team; to anyone else it does not exist (404). */
@Service
@Transactional(readOnly = true)
public class TeamHistories {

	private final VisibleTeams teams;

	private final ThroughputHistory history;

	TeamHistories(VisibleTeams teams, ThroughputHistory history) {
		this.teams = teams;
		this.history = history;
	}

	/**
	 * The team's samples, oldest first. A sample recorded while the team worked on a product the
	 * caller cannot see stays hidden; its members see their team's own product.
	 */
	public List<ThroughputSample> of(Caller caller, String teamKey) {
		String product = teams.productOf(caller, teamKey);
		if (caller.seesAllProducts()) {
			return history.ofTeam(teamKey, null);
		}
		Set<String> visible = new HashSet<>(caller.visibleProducts());
		visible.add(product);
		return history.ofTeam(teamKey, visible);
	}

}
