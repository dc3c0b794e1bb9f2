package org.refinery.forecast.throughput;

/** No team with that key is known, or the caller may not see it: both answer the same (404), so keys cannot be probed. */
public class TeamNotFound extends RuntimeException {

	public TeamNotFound(String teamKey) {
		super("No team " + teamKey + " is visible to you");
	}

}
