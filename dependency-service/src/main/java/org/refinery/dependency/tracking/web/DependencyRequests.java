package org.refinery.dependency.tracking.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.dependency.tracking.DependencyEdit;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.refinery.dependency.tracking.NewDependency;

import java.util.UUID;

/** Bodies of the dependency endpoints; ids, teams, statuses and versions are never the caller's to set. */
final class DependencyRequests {

	private DependencyRequests() {
	}

	/** {@code POST /api/dependencies}: the dependent item needs the prerequisite item. */
	record Identify(@NotNull UUID dependentItemId, @NotNull UUID prerequisiteItemId, @NotNull DependencyType type,
			@Size(max = 40) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String neededBy,
			@Size(max = 4000) String note, UUID sessionId) {

		NewDependency toCommand() {
			return new NewDependency(dependentItemId, prerequisiteItemId, type,
					neededBy == null ? null : neededBy.strip(), note, sessionId);
		}

	}

	/**
	 * {@code PATCH /api/dependencies/{id}}: the status to move to and, for some moves, why; a new
	 * needed-by or note. An absent field stays as it is; a blank needed-by or note clears it.
	 */
	record Edit(DependencyStatus status, @Size(max = 1000) String reason, @Size(max = 40) String neededBy,
			@Size(max = 4000) String note) {

		DependencyEdit toCommand() {
			return new DependencyEdit(status, reason, neededBy, note);
		}

	}

}
