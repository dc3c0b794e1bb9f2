package org.refinery.forecast.forecast;

import java.util.Optional;

/** The stored forecasts; the latest per product is what readers get. */
public interface Forecasts {

	void save(Forecast forecast);

	Optional<Forecast> latest(String productKey);

}
