package org.refinery.forecast.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One stored baseline as its history shows it: when it was made, with which settings, and per
 * item the periods (and their last days) by which it was 50, 85 and 95 % likely done, so that a
 * reader sees how a date moved from one baseline to the next. The probabilities per period are
 * left out; the baseline itself has them.
 */
public record BaselineSummary(UUID id, Instant generatedAt, int trials, Mode mode, int horizon, Integer historyWindow,
		List<ItemDates> items) {

	public BaselineSummary {
		items = List.copyOf(items);
	}

	/** When one item was likely done by this baseline; a {@code null} period is beyond the horizon, 0 done. */
	public record ItemDates(UUID itemId, String itemKey, Integer p50, LocalDate p50Date, Integer p85,
			LocalDate p85Date, Integer p95, LocalDate p95Date) {
	}

	public static BaselineSummary of(Forecast forecast) {
		List<ItemDates> items = forecast.items().stream()
			.map(i -> new ItemDates(i.itemId(), i.itemKey(), i.p50(), end(forecast, i.p50()), i.p85(),
					end(forecast, i.p85()), i.p95(), end(forecast, i.p95())))
			.toList();
		return new BaselineSummary(forecast.id(), forecast.generatedAt(), forecast.trials(), forecast.mode(),
				forecast.horizon(), forecast.historyWindow(), items);
	}

	/** The last day of the period an index names; none for "done already" and "beyond the horizon". */
	static LocalDate end(Forecast forecast, Integer period) {
		return period == null || period < 1 || period > forecast.periods().size() ? null
				: forecast.periods().get(period - 1).end();
	}

}
