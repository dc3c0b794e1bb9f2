package org.refinery.dependency.tracking.web;

import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;

import java.time.Instant;
import java.util.UUID;

/** A dependency as the REST API shows it. */
record DependencyView(UUID id, String productKey, UUID dependentItemId, String dependentItemKey,
		UUID prerequisiteItemId, String prerequisiteItemKey, String dependentTeamKey, String prerequisiteTeamKey,
		DependencyType type, DependencyStatus status, String neededBy, String note, UUID sessionId,
		Instant identifiedAt, String identifiedBy, Instant statusChangedAt, String statusChangedBy,
		String statusReason, boolean prerequisiteRemoved, long version) {

	static DependencyView of(Dependency d) {
		return new DependencyView(d.id(), d.productKey(), d.dependent().itemId(), d.dependent().itemKey(),
				d.prerequisite().itemId(), d.prerequisite().itemKey(), d.dependent().teamKey(),
				d.prerequisite().teamKey(), d.type(), d.status(), d.neededBy(), d.note(), d.sessionId(),
				d.identifiedAt(), d.identifiedBy(), d.statusChangedAt(), d.statusChangedBy(), d.statusReason(),
				d.prerequisiteRemoved(), d.version());
	}

}
