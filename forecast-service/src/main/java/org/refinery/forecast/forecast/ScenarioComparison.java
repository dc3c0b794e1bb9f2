package org.refinery.forecast.forecast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scenario's forecast beside the baseline it was run against, item by item in the scenario's
 * rank order: which items move, by how many periods, and how likely each still is done when the
 * baseline says it is 85 % likely. Items the baseline does not know (a scenario's extra items,
 * items created since) are left out; {@code moved} counts the items that moved.
 */
public record ScenarioComparison(String notice, UUID baselineId, Instant baselineAt, Instant runAt, int horizon,
		int moved, List<ItemShift> items) {

	public static final String NOTICE = "A what-if scenario beside the product's baseline: a forecast, not a "
			+ "commitment, and never the product's forecast.";

	public ScenarioComparison {
		items = List.copyOf(items);
	}

	public static ScenarioComparison of(Forecast baseline, Forecast scenario) {
		Map<UUID, ItemForecast> before = baseline.items().stream()
			.collect(Collectors.toMap(ItemForecast::itemId, Function.identity(), (a, b) -> a));
		List<ItemShift> shifts = scenario.items().stream()
			.filter(item -> before.containsKey(item.itemId()))
			.map(item -> ItemShift.of(before.get(item.itemId()), item))
			.toList();
		return new ScenarioComparison(NOTICE, baseline.id(), baseline.generatedAt(), scenario.generatedAt(),
				scenario.horizon(), (int) shifts.stream().filter(ItemShift::moved).count(), shifts);
	}

}
