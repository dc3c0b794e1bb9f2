package org.refinery.forecast.forecast;

import java.util.List;

/**
 * A forecast in points for teams whose history delivered items but never a point (imported
 * without points, say): every item would be "never", so the request is refused naming the teams.
 */
public class NoPointHistory extends RuntimeException {

	private final List<String> teams;

	public NoPointHistory(List<String> teams) {
		super("No point history for " + String.join(", ", teams)
				+ ": their samples count items but no points; forecast in COUNT mode or import points");
		this.teams = List.copyOf(teams);
	}

	public List<String> teams() {
		return teams;
	}

}
