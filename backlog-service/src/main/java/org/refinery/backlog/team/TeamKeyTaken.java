package org.refinery.backlog.team;

/** Team keys are unique across all products (answered 409). */
public class TeamKeyTaken extends RuntimeException {

	public TeamKeyTaken(String key) {
		super("A team with key " + key + " already exists");
	}

}
