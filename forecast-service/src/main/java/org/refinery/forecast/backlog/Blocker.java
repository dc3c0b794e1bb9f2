package org.refinery.forecast.backlog;

import java.util.Objects;
import java.util.UUID;

/**
 * A dependency between two items; {@code blocking} when it is an open BLOCKS dependency, so
 * the dependent item cannot start before its prerequisite is done.
 */
public record Blocker(UUID id, UUID productId, UUID dependentItemId, UUID prerequisiteItemId, boolean blocking,
		long version) {

	public Blocker {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(dependentItemId, "dependentItemId");
		Objects.requireNonNull(prerequisiteItemId, "prerequisiteItemId");
	}

}
