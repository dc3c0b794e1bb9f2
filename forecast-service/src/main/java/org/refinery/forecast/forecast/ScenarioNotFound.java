package org.refinery.forecast.forecast;

import java.util.UUID;

/** No scenario of the caller's has this id in this product (answered 404, others' scenarios included). */
public class ScenarioNotFound extends RuntimeException {

	public ScenarioNotFound(UUID id) {
		super("You keep no scenario " + id + " of this product");
	}

}
