package org.refinery.forecast.simulation;

import java.util.List;
import java.util.Objects;

/**
 * A team as the simulation sees it: the throughput of its past periods (items or points) and
 * a capacity factor per upcoming period (1 when the list is shorter; 0 for a period off), and
 * how many samples make one forecast period (a Kanban team samples days, a Release has many).
 * The samples per period need not be whole: 20-day samples on a 14-day Sprint are 0.7 of a
 * sample per period, and a trial draws the whole part plus one more sample with probability
 * equal to the fraction, so the throughput per period is exact in expectation.
 */
public record SimTeam(String key, List<Double> history, List<Double> capacity, double drawsPerPeriod) {

	public SimTeam {
		Objects.requireNonNull(key, "key");
		history = List.copyOf(history);
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
		if (history.stream().anyMatch(h -> h < 0) || capacity.stream().anyMatch(c -> c < 0)) {
			throw new IllegalArgumentException("Throughput and capacity cannot be negative");
		}
		if (!(drawsPerPeriod > 0) || Double.isInfinite(drawsPerPeriod)) {
			throw new IllegalArgumentException("A period takes a positive number of draws");
		}
	}

	public SimTeam(String key, List<Double> history, List<Double> capacity) {
		this(key, history, capacity, 1);
	}

	public SimTeam(String key, List<Double> history) {
		this(key, history, List.of(), 1);
	}

	/** The capacity factor of the 1-based period. */
	double capacityIn(int period) {
		return period <= capacity.size() ? capacity.get(period - 1) : 1.0;
	}

}
