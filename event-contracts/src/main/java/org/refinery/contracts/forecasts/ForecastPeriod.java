package org.refinery.contracts.forecasts;

import java.time.LocalDate;

import org.refinery.contracts.Fields;

/**
 * One upcoming Sprint (Scaled Scrum) or Release (Scaled Kanban) of the forecast horizon.
 *
 * @param index 1 for the first period after the forecast was made, 2 for the next, …
 * @param label the period as people name it, e.g. "Sprint 7"
 * @param start the first day of the period
 * @param end the last day of the period
 */
public record ForecastPeriod(int index, String label, LocalDate start, LocalDate end) {

	public ForecastPeriod {
		Fields.positive(index, "ForecastPeriod", "index");
		Fields.required(label, "ForecastPeriod", "label");
		Fields.required(start, "ForecastPeriod", "start");
		Fields.required(end, "ForecastPeriod", "end");
	}

}
