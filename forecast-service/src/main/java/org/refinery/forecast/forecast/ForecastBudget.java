package org.refinery.forecast.forecast;

import org.refinery.forecast.simulation.Cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one forecast may cost: engine steps (so that it finishes well before the gateway gives up
 * on it) and per-period probabilities kept (so that a stored forecast, served and calibrated from
 * as JSON, stays a few MB). Checked before the engine starts, so a refusal costs nothing.
 */
public record ForecastBudget(long steps, long storedProbabilities) {

	public ForecastBudget {
		if (steps < 1 || storedProbabilities < 1) {
			throw new IllegalArgumentException("A forecast budget allows at least one step and one probability");
		}
	}

	/** Refuses a cost past either limit, naming the request field to lower and how far. */
	public void check(Cost cost) {
		List<OverBudget.Violation> violations = new ArrayList<>();
		if (cost.steps() > steps) {
			violations.add(new OverBudget.Violation("/trials", cost.trials(), steps, format(
					"trials × (%d × items + horizon × (teams + draws per period)) = %,d × (%d × %,d + %,d × %,d) = %,d exceeds the "
							+ "budget of %,d steps; lower trials (at most %,d at this horizon) or horizon",
					Cost.ITEM_STEPS, cost.trials(), Cost.ITEM_STEPS, cost.items(), cost.horizon(), cost.stepsPerPeriod(), cost.steps(), steps,
					cost.trialsWithin(steps))));
		}
		if (cost.storedProbabilities() > storedProbabilities) {
			violations.add(new OverBudget.Violation("/horizon", cost.horizon(), storedProbabilities, format(
					"items × horizon = %,d × %,d = %,d probabilities exceed the stored-forecast limit of %,d; "
							+ "lower horizon (at most %,d for %,d items)",
					cost.items(), cost.horizon(), cost.storedProbabilities(), storedProbabilities,
					storedProbabilities / Math.max(1, cost.items()), cost.items())));
		}
		if (!violations.isEmpty()) {
			throw new OverBudget(violations, cost.trialsWithin(steps));
		}
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

}
