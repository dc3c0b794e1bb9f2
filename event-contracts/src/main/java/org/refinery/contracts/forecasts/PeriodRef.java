package org.refinery.contracts.forecasts;

import org.refinery.contracts.Fields;

/**
 * A reference to a {@link ForecastPeriod}, with its label so consumers can show it without
 * looking it up.
 *
 * @param index the period index
 * @param label the period label
 */
public record PeriodRef(int index, String label) {

	public PeriodRef {
		Fields.positive(index, "PeriodRef", "index");
		Fields.required(label, "PeriodRef", "label");
	}

}
