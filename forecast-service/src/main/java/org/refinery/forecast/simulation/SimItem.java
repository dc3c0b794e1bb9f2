package org.refinery.forecast.simulation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A backlog item as the simulation sees it, in rank order with the others. {@code team} and
 * {@code parent} are indexes into the scenario's teams and items, -1 for none;
 * {@code prerequisites} are the items whose open BLOCKS dependencies it waits for.
 */
public record SimItem(UUID id, int team, double size, int parent, boolean done, List<Integer> prerequisites) {

	public SimItem {
		Objects.requireNonNull(id, "id");
		prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
		if (size < 0) {
			throw new IllegalArgumentException("An item's size cannot be negative");
		}
	}

}
