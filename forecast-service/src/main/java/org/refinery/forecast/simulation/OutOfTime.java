package org.refinery.forecast.simulation;

/** A simulation stopped at its deadline; its partial tally is dropped, never passed off as a forecast. */
public class OutOfTime extends RuntimeException {

	private final int trialsRun;

	private final int trials;

	public OutOfTime(int trialsRun, int trials) {
		super("The forecast ran out of time after " + trialsRun + " of " + trials + " trials");
		this.trialsRun = trialsRun;
		this.trials = trials;
	}

	public int trialsRun() {
		return trialsRun;
	}

	public int trials() {
		return trials;
	}

}
