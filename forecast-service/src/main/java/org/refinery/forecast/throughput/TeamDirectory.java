package org.refinery.forecast.throughput;

import java.util.Optional;

/** Which product a team works on, as the backlog's events told. */
public interface TeamDirectory {

	Optional<String> productOf(String teamKey);

}
