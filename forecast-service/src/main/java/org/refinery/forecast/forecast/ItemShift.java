package org.refinery.forecast.forecast;

import java.util.UUID;

/**
 * How a scenario moves one item against the baseline: its P50 and P85 periods in both (0 done,
 * {@code null} beyond the horizon), the shift in periods (positive later, negative earlier;
 * {@code null} when either is beyond the horizon), and the scenario's probability of the item
 * being done by the end of the baseline's P85 period (at least 0.85 in the baseline itself;
 * {@code null} when the baseline's P85 is beyond the horizon). {@code moved} says whether either
 * period differs, "beyond the horizon" included.
 */
public record ItemShift(UUID itemId, String itemKey, Integer baselineP50, Integer scenarioP50, Integer p50Shift,
		Integer baselineP85, Integer scenarioP85, Integer p85Shift, Double probabilityByBaselineP85, boolean moved) {

	static ItemShift of(ItemForecast baseline, ItemForecast scenario) {
		boolean moved = !java.util.Objects.equals(baseline.p50(), scenario.p50())
				|| !java.util.Objects.equals(baseline.p85(), scenario.p85());
		return new ItemShift(baseline.itemId(), baseline.itemKey(), baseline.p50(), scenario.p50(),
				shift(baseline.p50(), scenario.p50()), baseline.p85(), scenario.p85(),
				shift(baseline.p85(), scenario.p85()), probabilityBy(baseline.p85(), scenario), moved);
	}

	private static Integer shift(Integer baseline, Integer scenario) {
		return baseline == null || scenario == null ? null : scenario - baseline;
	}

	/** Done already is certain; the scenario's own probabilities say the rest. */
	private static Double probabilityBy(Integer period, ItemForecast scenario) {
		if (period == null) {
			return null;
		}
		if (period == 0) {
			return 1.0;
		}
		return period <= scenario.probabilityByPeriod().size() ? scenario.probabilityByPeriod().get(period - 1) : null;
	}

}
