/**
 * The Monte Carlo engine, framework-free: in each trial every team draws each period's
 * throughput from its own history, scaled by its capacity, and works its slice of the product
 * backlog in rank order; an item waits while a BLOCKS prerequisite is unfinished and the team's
 * capacity flows to the next item it can work; epics and features finish with their last child;
 * optional scope growth multiplies every open item by a split rate drawn per trial. The tally of
 * many trials gives probabilities, never a commitment: per item its percentiles and
 * predictability (P95 / P50), per period how many items, per team its likely throughput, and per
 * dependency how likely it delays its dependent (the dependent's team was ready for it and had
 * to pass it by). Period 1 is the running period, drawing only the share of it still to come;
 * samples per period need not be whole (whole draws plus one more with probability equal to the
 * fraction, exact in expectation); 0-point items finish with the item before them; a dependent
 * finishes only in a period after its prerequisite; and an item that can never finish, whatever
 * the draws, is named with its {@link org.refinery.forecast.simulation.Impediment}. Every choice
 * is stated in docs/forecasting-model.md. A trial walks arrays laid out by team, in the engine's own numbering of the
 * items, so its cost grows with the items rather than with items times periods, and the tally
 * folds trials into the per-item histograms in blocks that stay in the processor's cache.
 * <p>
 * What a run costs is counted in steps ({@link org.refinery.forecast.simulation.Cost}), so that
 * callers can refuse a forecast before it runs; a run on one thread looks at a
 * {@link org.refinery.forecast.simulation.Deadline} between trials and gives up with
 * {@link org.refinery.forecast.simulation.OutOfTime} rather than run past it.
 */
package org.refinery.forecast.simulation;
