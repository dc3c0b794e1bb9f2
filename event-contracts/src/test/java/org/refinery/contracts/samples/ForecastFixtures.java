package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.FORECAST;
import static org.refinery.contracts.samples.SampleValues.FORECAST_SERVICE;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.PAY_47;
import static org.refinery.contracts.samples.SampleValues.PAY_48;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.time.LocalDate;
import java.util.List;

import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.contracts.forecasts.ForecastMode;
import org.refinery.contracts.forecasts.ForecastPeriod;
import org.refinery.contracts.forecasts.ForecastState;
import org.refinery.contracts.forecasts.ItemForecast;
import org.refinery.contracts.forecasts.PeriodRef;

/**
 * The expected record of the {@code refinery.forecasts.v1} sample: PAY's forecast made in
 * Sprint 5 over the next four two-week Sprints; PAY-48's P95 lies beyond the horizon.
 */
final class ForecastFixtures {

	private static final PeriodRef SPRINT_6 = new PeriodRef(1, "Sprint 6");

	private static final PeriodRef SPRINT_7 = new PeriodRef(2, "Sprint 7");

	private static final PeriodRef SPRINT_8 = new PeriodRef(3, "Sprint 8");

	private static final PeriodRef SPRINT_9 = new PeriodRef(4, "Sprint 9");

	private ForecastFixtures() {
	}

	static ForecastComputed forecastComputed() {
		var periods = List.of(period(SPRINT_6, "2026-03-16"), period(SPRINT_7, "2026-03-30"),
				period(SPRINT_8, "2026-04-13"), period(SPRINT_9, "2026-04-27"));
		var items = List.of(new ItemForecast(PAY_42, "PAY-42", SPRINT_6, SPRINT_6, SPRINT_7, SPRINT_7),
				new ItemForecast(PAY_47, "PAY-47", SPRINT_7, SPRINT_8, SPRINT_8, SPRINT_9),
				new ItemForecast(PAY_48, "PAY-48", SPRINT_8, SPRINT_9, SPRINT_9, null));
		var forecast = new ForecastState(FORECAST, PAY, "PAY", ForecastMode.POINTS, 10_000, 20260309L, periods, items,
				at("2026-03-09T06:00:04.250Z"));
		return new ForecastComputed(id("3bb42047-5a82-4b0e-a42c-169199145897"), at("2026-03-09T06:00:04.250Z"), PAY,
				FORECAST, 1, FORECAST_SERVICE, forecast);
	}

	private static ForecastPeriod period(PeriodRef ref, String start) {
		LocalDate first = LocalDate.parse(start);
		return new ForecastPeriod(ref.index(), ref.label(), first, first.plusDays(13));
	}

}
