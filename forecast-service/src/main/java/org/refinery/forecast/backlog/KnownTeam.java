package org.refinery.forecast.backlog;

import java.util.Objects;
import java.util.UUID;

/** A team of a product and how it works. */
public record KnownTeam(UUID id, UUID productId, String key, WorkMode workMode, long version) {

	public KnownTeam {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(workMode, "workMode");
	}

}
