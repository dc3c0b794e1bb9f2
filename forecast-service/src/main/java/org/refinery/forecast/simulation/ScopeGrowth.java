package org.refinery.forecast.simulation;

/**
 * How much the open work is likely to grow before it is done, as in Focused Objective's model:
 * in each trial every open item becomes between {@code low} and {@code high} times its size
 * (uniformly; 1 to 1 is no growth), because items split as the team learns what they take.
 */
public record ScopeGrowth(double low, double high) {

	/** The largest split rate a forecast accepts: beyond it the backlog is not known at all. */
	public static final double MAX = 10;

	public static final ScopeGrowth NONE = new ScopeGrowth(1, 1);

	public ScopeGrowth {
		if (!(low >= 1) || !(high >= low) || high > MAX) {
			throw new IllegalArgumentException(
					"A split rate range must satisfy 1 <= low <= high <= " + MAX + ", not " + low + " to " + high);
		}
	}

	boolean grows() {
		return high > 1;
	}

}
