package org.refinery.forecast.simulation;

import java.util.UUID;

/**
 * A BLOCKS dependency and the probability that it delays its dependent: the share of trials in
 * which the dependent's team reached it with capacity left while the prerequisite was unfinished.
 */
public record DependencyOutcome(UUID dependentId, UUID prerequisiteId, double delayProbability) {
}
