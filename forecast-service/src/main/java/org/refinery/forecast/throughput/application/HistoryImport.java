package org.refinery.forecast.throughput.application;

import org.refinery.forecast.throughput.HistoryRow;
import org.refinery.forecast.throughput.ImportedHistory;
import org.refinery.forecast.throughput.NotAllowed;
import org.refinery.forecast.throughput.ThroughputChanged;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.throughput.ThroughputSample;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Replaces a team's imported history. Members of the team, product owners of its product and
 * administrators may; a caller who cannot see the team learns nothing of it (404). The change is
 * announced within the service ({@link ThroughputChanged}) so that the product's baseline follows it.
 */
@Service
@Transactional
public class HistoryImport {

	private final VisibleTeams teams;

	private final ThroughputHistory history;

	private final ApplicationEventPublisher events;

	HistoryImport(VisibleTeams teams, ThroughputHistory history, ApplicationEventPublisher events) {
		this.teams = teams;
		this.history = history;
		this.events = events;
	}

	public List<ThroughputSample> replace(Caller caller, String teamKey, List<HistoryRow> rows) {
		String product = teams.productOf(caller, teamKey);
		if (!(caller.admin() || caller.isMemberOf(teamKey) || caller.ownsProduct(product))) {
			throw new NotAllowed("Only members of " + teamKey + ", product owners of " + product
					+ " and administrators may import its history");
		}
		history.replaceImported(teamKey, ImportedHistory.samples(teamKey, product, rows));
		events.publishEvent(new ThroughputChanged(product, teamKey));
		return history.ofTeam(teamKey, null);
	}

}
