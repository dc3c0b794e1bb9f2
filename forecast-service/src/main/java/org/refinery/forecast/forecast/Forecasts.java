package org.refinery.forecast.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored forecasts, every one kept: the latest per product is what readers get, the older ones calibrate. */
public interface Forecasts {

	void save(Forecast forecast);

	Optional<Forecast> latest(String productKey);

	/** Per item, the P85 due date (1 or more periods ahead) of its latest forecast whose due date is before the day. */
	List<P85Due> p85DueBefore(String productKey, LocalDate day);

}
