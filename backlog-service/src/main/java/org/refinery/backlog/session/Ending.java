package org.refinery.backlog.session;

/**
 * How a session ended. A closed one keeps how many teams it heard through at least one
 * representative and whether that made it cross-team; a cancelled one keeps why.
 */
public record Ending(int teamsHeard, boolean crossTeam, String cancelReason) {

	static Ending closed(int teamsHeard, int minimumTeams) {
		return new Ending(teamsHeard, teamsHeard >= minimumTeams, null);
	}

	static Ending cancelled(int teamsHeard, String reason) {
		return new Ending(teamsHeard, false, reason == null || reason.isBlank() ? null : reason.strip());
	}

}
