package org.refinery.forecast.forecast;

/** The product is known but nobody has asked for its forecast yet. */
public class NoForecastYet extends RuntimeException {

	public NoForecastYet(String productKey) {
		super("No forecast has been computed for " + productKey + " yet; POST one");
	}

}
