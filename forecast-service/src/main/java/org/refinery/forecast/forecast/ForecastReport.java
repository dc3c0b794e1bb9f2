package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.Period;
import org.refinery.forecast.simulation.ItemOutcome;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.simulation.PeriodOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Names the engine's outcome in the product's terms: period 1 is the Sprint or Release running
 * now (forecast for its part still to come), labelled as the product counts them ("Sprint 7").
 * An item that can never finish says why; one sized by an assumption says which.
 */
public final class ForecastReport {

	private ForecastReport() {
	}

	public static Forecast of(KnownProduct product, ForecastInputs inputs, ForecastRequest request, Outcome outcome,
			Instant now) {
		long current = product.indexOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
		List<UpcomingPeriod> periods = outcome.periods().stream()
			.map(p -> period(product, current + p.period() - 1, p))
			.toList();
		List<ItemForecast> items = new ArrayList<>();
		for (int i = 0; i < outcome.items().size(); i++) {
			BacklogItem item = inputs.items().get(i);
			items.add(item(item, outcome.items().get(i), inputs.notes().get(item.id())));
		}
		List<TeamThroughputForecast> teams = outcome.teams().stream()
			.map(t -> new TeamThroughputForecast(t.key(), t.low(), t.median(), t.high(), t.mean()))
			.toList();
		return new Forecast(UUID.randomUUID(), product.id(), product.key(), Forecast.NOTICE, request.mode(),
				outcome.trials(), request.seed(), request.horizon(), request.capacity(), request.historyWindow(),
				request.splitRate(), now, periods, items, teams, dependencies(inputs, outcome), outcome.predictability(),
				outcome.lowConfidenceTeams(), inputs.warnings());
	}

	private static List<DependencyForecast> dependencies(ForecastInputs inputs, Outcome outcome) {
		Map<UUID, String> keys = new HashMap<>();
		inputs.items().forEach(item -> keys.put(item.id(), item.key()));
		return outcome.dependencies().stream()
			.map(d -> new DependencyForecast(d.dependentId(), keys.get(d.dependentId()), d.prerequisiteId(),
					keys.get(d.prerequisiteId()), d.delayProbability()))
			.toList();
	}

	/** "Sprint 7" or "Release 3": the product's periods counted from 1 at its first period. */
	public static String label(KnownProduct product, long index) {
		return (product.deliveryMode() == DeliveryMode.SCALED_SCRUM ? "Sprint " : "Release ") + (index + 1);
	}

	private static UpcomingPeriod period(KnownProduct product, long index, PeriodOutcome outcome) {
		Period period = product.period(index);
		return new UpcomingPeriod(outcome.period(), label(product, index), period.start(), period.end(),
				outcome.likely95(), outcome.likely85(), outcome.likely70(), outcome.likely50(), outcome.mean());
	}

	private static ItemForecast item(BacklogItem item, ItemOutcome outcome, String sizedAs) {
		return new ItemForecast(item.id(), item.key(), item.teamKey(), outcome.p50(), outcome.p70(), outcome.p85(),
				outcome.p95(), outcome.probabilityByPeriod(), outcome.predictability(),
				outcome.impediment() == null ? null : outcome.impediment().reason(), sizedAs);
	}

}
