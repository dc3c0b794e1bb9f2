package org.refinery.forecast.forecast;

import java.util.List;

/** A forecast that would cost more than its budget; refused before it runs. */
public class OverBudget extends RuntimeException {

	/** One limit passed: the request field to lower (a JSON pointer), its value, the limit and why. */
	public record Violation(String pointer, Object value, long limit, String rule) {
	}

	private final List<Violation> violations;

	private final int maxTrials;

	public OverBudget(List<Violation> violations, int maxTrials) {
		super("The forecast costs more than this service runs: " + violations.getFirst().rule());
		this.violations = List.copyOf(violations);
		this.maxTrials = maxTrials;
	}

	public List<Violation> violations() {
		return violations;
	}

	/** The limit of the first violation, the one the message names. */
	public long limit() {
		return violations.getFirst().limit();
	}

	/** The most trials the step budget allows at the requested horizon. */
	public int maxTrials() {
		return maxTrials;
	}

}
