package org.refinery.dependency.tracking;

import java.util.UUID;

/** The command to identify a dependency: the dependent item needs the prerequisite item. */
public record NewDependency(UUID dependentItemId, UUID prerequisiteItemId, DependencyType type, String neededBy,
		String note, UUID sessionId) {
}
