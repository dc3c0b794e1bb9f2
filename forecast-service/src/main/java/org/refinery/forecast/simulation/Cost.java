package org.refinery.forecast.simulation;

/**
 * What a forecast costs the engine, in steps of about one throughput draw: in each of the
 * horizon's periods a trial takes each team's turn plus one step per draw, and it walks, checks
 * the prerequisites of and tallies each item, which measured about {@value #ITEM_STEPS} draws'
 * worth (5,000 to 20,000 items with dependencies against daily draws, one thread, 2026).
 * A team sampled by the day draws a Release's worth of days per period, so daily history on long
 * Releases costs hundreds of steps where a Sprint sample costs one; counting items times periods
 * alone would miss exactly the forecast that ran past the gateway's time limit.
 */
public record Cost(int trials, int items, int horizon, long stepsPerPeriod) {

	public static final int ITEM_STEPS = 8;

	public Cost {
		if (trials < 0 || items < 0 || horizon < 0 || stepsPerPeriod < 0) {
			throw new IllegalArgumentException("A cost counts nothing negative");
		}
	}

	static Cost of(Scenario scenario, int trials) {
		long steps = scenario.teams.size();
		for (double draws : scenario.draws) {
			steps += (long) Math.ceil(draws);
		}
		return new Cost(trials, scenario.items.size(), scenario.horizon, steps);
	}

	/** Steps of one trial: {@value #ITEM_STEPS} × items + horizon × (teams + throughput draws per period). */
	public long stepsPerTrial() {
		return (long) ITEM_STEPS * items + (long) horizon * stepsPerPeriod;
	}

	/** Steps of all trials; trials and steps are bounded far below the overflow of a long. */
	public long steps() {
		return trials * stepsPerTrial();
	}

	/** The most trials that fit into a budget of steps, 0 when not even one does. */
	public int trialsWithin(long budget) {
		return (int) Math.min(Integer.MAX_VALUE, budget / Math.max(1, stepsPerTrial()));
	}

	/** Values the forecast keeps per item and period (its probability of being done by then). */
	public long storedProbabilities() {
		return (long) items * horizon;
	}

}
