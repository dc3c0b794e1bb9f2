package org.refinery.dependency.tracking.web;

import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;

import java.time.Instant;
import java.util.UUID;

/** A dependency as the REST API shows it. */
record DependencyView(UUID id, String productKey, UUID dependentItemId, UUID prerequisiteItemId,
		String dependentTeamKey, String prerequisiteTeamKey, DependencyType type, DependencyStatus status,
		String neededBy, String note, Instant identifiedAt, long version) {

	static DependencyView of(Dependency d) {
		return new DependencyView(d.id(), d.productKey(), d.dependentItemId(), d.prerequisiteItemId(),
				d.dependentTeamKey(), d.prerequisiteTeamKey(), d.type(), d.status(), d.neededBy(), d.note(),
				d.identifiedAt(), d.version());
	}

}
