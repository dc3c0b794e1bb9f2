package org.refinery.forecast.forecast;

/** What a team's throughput is counted in: finished items, or finished estimate points. */
public enum Mode {

	COUNT, POINTS

}
