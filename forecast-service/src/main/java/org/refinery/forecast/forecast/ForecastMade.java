package org.refinery.forecast.forecast;

/** A forecast was computed and stored; announced to other services by the messaging adapter. */
public record ForecastMade(Forecast forecast, String actorSubject, String actorUsername) {
}
