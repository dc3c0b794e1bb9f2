package org.refinery.dependency.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * One dependency as the export writes it: both ends with their key, title (null when the read
 * model has none) and owning team, its status and the dates of its life.
 */
public record ExportedDependency(UUID id, String type, String status, String dependentItemKey,
		String dependentItemTitle, String dependentTeamKey, String prerequisiteItemKey, String prerequisiteItemTitle,
		String prerequisiteTeamKey, String neededBy, String note, boolean prerequisiteRemoved, Instant identifiedAt,
		String identifiedBy, Instant statusChangedAt, String statusChangedBy, String statusReason) {
}
