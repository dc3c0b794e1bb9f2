package org.refinery.forecast.forecast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** "When" for one item, from its product's latest forecast, with the periods its indexes name. */
public record ItemWhen(String notice, UUID forecastId, Instant generatedAt, ItemForecast item,
		List<UpcomingPeriod> periods) {

	public ItemWhen {
		periods = List.copyOf(periods);
	}

	/** The item in the forecast, if the forecast knew it. */
	public static java.util.Optional<ItemWhen> in(Forecast forecast, UUID itemId) {
		return forecast.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
			.map(item -> new ItemWhen(Forecast.NOTICE, forecast.id(), forecast.generatedAt(), item, forecast.periods()));
	}

}
