package org.refinery.forecast.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored baselines (what the platform forecasts for each product): the latest per product is
 * what readers get, the older ones are its history, thinned over time, until they are past their
 * retention. Scenarios are never stored here.
 */
public interface Forecasts {

	void save(Forecast forecast);

	Optional<Forecast> latest(String productKey);

	/** A page of the product's baselines made from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
	List<BaselineSummary> made(String productKey, Instant from, Instant to, int offset, int limit);

	/** How many of the product's baselines were made from {@code from} to {@code to}. */
	long countMade(String productKey, Instant from, Instant to);

	/** The products known to the read model whose latest baseline was made before then, or which have none. */
	List<String> productsWithoutBaselineSince(Instant since);

	/**
	 * Per item, the P85 due date (1 or more periods ahead) of its latest forecast whose due date is
	 * before the day, among the forecasts made since then: only those are read.
	 */
	List<P85Due> p85DueBefore(String productKey, LocalDate day, Instant madeSince);

	/**
	 * The same for P50, P85 or P95: per item the due date of that percentile in its latest baseline
	 * whose due date is before the day (each a {@link P85Due} of that percentile).
	 */
	List<P85Due> dueBefore(String productKey, int percentile, LocalDate day, Instant madeSince);

	/** Deletes the forecasts made before then, except each product's latest; answers how many. */
	int deleteMadeBefore(Instant cutoff);

	/**
	 * Thins the baselines made before then to the last of each product's ISO week (UTC); answers
	 * how many were deleted. Calibration's facts are kept apart, so thinning never changes it.
	 */
	int thinBefore(Instant cutoff);

}
