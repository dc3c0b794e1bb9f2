package org.refinery.forecast.forecast;

/** A forecast request that cannot be run as asked, such as a capacity adjustment for an unknown team. */
public class InvalidForecastRequest extends RuntimeException {

	public InvalidForecastRequest(String message) {
		super(message);
	}

}
