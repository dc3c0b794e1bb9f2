package org.refinery.forecast.forecast;

/** The caller sees the product but may not make its forecast (answered 403). */
public class ForecastNotAllowed extends RuntimeException {

	public ForecastNotAllowed(String message) {
		super(message);
	}

}
