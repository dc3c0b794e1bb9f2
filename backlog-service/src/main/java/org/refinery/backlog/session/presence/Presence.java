package org.refinery.backlog.session.presence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is present in a session: each person with the teams they represent in it and whether they
 * facilitate it, and the represented teams nobody present speaks for.
 */
public record Presence(List<PresentPerson> people, List<String> teamsAbsent) {

	public Presence {
		people = List.copyOf(people);
		teamsAbsent = List.copyOf(teamsAbsent);
	}

	/** The presence of {@code usernames} in a session with these representatives and facilitator. */
	public static Presence of(Map<String, Set<String>> representatives, String facilitator, List<String> usernames) {
		var byTeam = new TreeMap<>(representatives);
		List<PresentPerson> people = usernames.stream().sorted().distinct()
			.map(username -> new PresentPerson(username, byTeam.entrySet().stream()
				.filter(team -> team.getValue().contains(username)).map(Map.Entry::getKey).toList(),
					username.equals(facilitator)))
			.toList();
		List<String> absent = byTeam.entrySet().stream()
			.filter(team -> team.getValue().stream().noneMatch(usernames::contains))
			.map(Map.Entry::getKey)
			.toList();
		return new Presence(people, absent);
	}

	/** A present person; {@code teams} are the teams they represent, empty for anyone else. */
	public record PresentPerson(String username, List<String> teams, boolean facilitator) {

		public PresentPerson {
			teams = List.copyOf(teams);
		}

	}

}
