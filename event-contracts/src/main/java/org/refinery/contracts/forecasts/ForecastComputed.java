package org.refinery.contracts.forecasts;

import java.time.Instant;
import java.util.UUID;

import org.refinery.contracts.Actor;
import org.refinery.contracts.Fields;
import org.refinery.contracts.RefineryEvent;

/**
 * A product forecast was computed. Emitted so dashboards show the latest forecast and
 * calibration can later compare the P85s with when items were actually done. The aggregate
 * is the forecast itself, so its version is always 1.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was committed
 * @param productId the product
 * @param aggregateId the forecast id
 * @param aggregateVersion the forecast's version after the change
 * @param actor who made the change
 * @param forecast the complete forecast
 */
public record ForecastComputed(UUID eventId, Instant occurredAt, UUID productId, UUID aggregateId,
		long aggregateVersion, Actor actor, ForecastState forecast) implements RefineryEvent {

	public ForecastComputed {
		Fields.envelope("ForecastComputed", eventId, occurredAt, productId, aggregateId, aggregateVersion, actor);
		Fields.required(forecast, "ForecastComputed", "forecast");
		Fields.sameAggregate("ForecastComputed", aggregateId, forecast.id());
	}

}
