package org.refinery.forecast.simulation;

/**
 * Why an open item can never finish, whatever the draws and however far the horizon: the
 * forecast says so rather than showing a silent "never".
 */
public enum Impediment {

	/** A leaf nobody works on: no team, or a team the forecast does not know. */
	NO_TEAM("no team works on it"),

	/** Its team's history (of the kind forecast: items or points) never delivered anything. */
	NO_THROUGHPUT("its team's history has no throughput of the kind forecast"),

	/**
	 * It is part of a cycle of BLOCKS dependencies (an epic blocked by its own child is one: the
	 * child waits for its epic's prerequisites), or waits, through some chain, for one.
	 */
	DEPENDENCY_CYCLE("blocked by a cycle of dependencies"),

	/** It waits for a prerequisite that can never finish. */
	PREREQUISITE_NEVER_FINISHES("blocked by a prerequisite that can never finish"),

	/** An epic or feature with a child that can never finish. */
	CHILD_NEVER_FINISHES("a child can never finish");

	private final String reason;

	Impediment(String reason) {
		this.reason = reason;
	}

	/** The reason in words, for the answer. */
	public String reason() {
		return reason;
	}

}
