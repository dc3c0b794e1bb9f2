/**
 * The Monte Carlo engine, framework-free: in each trial every team draws each period's
 * throughput from its own history, scaled by its capacity, and works its slice of the product
 * backlog in rank order; an item waits while a BLOCKS prerequisite is unfinished and the team's
 * capacity flows to the next item it can work; epics and features finish with their last child.
 * The tally of many trials gives probabilities, never a commitment.
 */
package org.refinery.forecast.simulation;
