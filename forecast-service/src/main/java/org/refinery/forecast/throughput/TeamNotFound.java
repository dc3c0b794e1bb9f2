package org.refinery.forecast.throughput;

/** No team with that key is known, or the caller may not see it. */
public class TeamNotFound extends RuntimeException {

	public TeamNotFound(String teamKey) {
		super("No team " + teamKey + " is known");
	}

}
