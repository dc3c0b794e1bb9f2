package org.refinery.forecast.simulation;

import java.util.List;

/** Teams with work in the backlog but no throughput history at all: nothing to forecast from. */
public class NoHistory extends RuntimeException {

	private final List<String> teams;

	public NoHistory(List<String> teams) {
		super("No throughput history for " + String.join(", ", teams) + "; import some or let items finish first");
		this.teams = List.copyOf(teams);
	}

	public List<String> teams() {
		return teams;
	}

}
