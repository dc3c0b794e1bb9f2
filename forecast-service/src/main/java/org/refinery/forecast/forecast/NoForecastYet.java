package org.refinery.forecast.forecast;

/** The product is known but has no baseline yet (its teams have no throughput history yet). */
public class NoForecastYet extends RuntimeException {

	public NoForecastYet(String productKey) {
		super("No baseline has been computed for " + productKey + " yet: the platform computes it once its teams "
				+ "have throughput history");
	}

}
