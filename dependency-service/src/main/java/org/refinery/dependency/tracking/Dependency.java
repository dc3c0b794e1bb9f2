package org.refinery.dependency.tracking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The dependent item needs the prerequisite item; the teams are those owning each item. */
public record Dependency(UUID id, String productKey, UUID dependentItemId, UUID prerequisiteItemId,
		String dependentTeamKey, String prerequisiteTeamKey, DependencyType type, DependencyStatus status,
		String neededBy, String note, Instant identifiedAt, long version) {

	public Dependency {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(dependentItemId, "dependentItemId");
		Objects.requireNonNull(prerequisiteItemId, "prerequisiteItemId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(status, "status");
		if (dependentItemId.equals(prerequisiteItemId)) {
			throw new IllegalArgumentException("An item cannot depend on itself");
		}
	}

}
