package org.refinery.forecast.simulation;

import java.util.List;
import java.util.Objects;

/**
 * A team as the simulation sees it: the throughput of its past periods (items or points) and
 * a capacity factor per upcoming period (1 when the list is shorter; 0 for a period off), and
 * how many samples make one forecast period (a Kanban team samples days, a Release has many).
 */
public record SimTeam(String key, List<Double> history, List<Double> capacity, int drawsPerPeriod) {

	public SimTeam {
		Objects.requireNonNull(key, "key");
		history = List.copyOf(history);
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
		if (history.stream().anyMatch(h -> h < 0) || capacity.stream().anyMatch(c -> c < 0)) {
			throw new IllegalArgumentException("Throughput and capacity cannot be negative");
		}
		if (drawsPerPeriod < 1) {
			throw new IllegalArgumentException("A period takes at least one draw");
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
