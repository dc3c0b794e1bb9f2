package org.refinery.forecast.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored forecasts: the latest per product is what readers get, the older ones calibrate
 * until they are past their retention.
 */
public interface Forecasts {

	void save(Forecast forecast);

	Optional<Forecast> latest(String productKey);

	/**
	 * Per item, the P85 due date (1 or more periods ahead) of its latest forecast whose due date is
	 * before the day, among the forecasts made since then: only those are read.
	 */
	List<P85Due> p85DueBefore(String productKey, LocalDate day, Instant madeSince);

	/** Deletes the forecasts made before then, except each product's latest; answers how many. */
	int deleteMadeBefore(Instant cutoff);

}
