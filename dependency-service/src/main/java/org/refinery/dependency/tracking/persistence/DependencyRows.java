package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Maps dependencies to rows and back. */
final class DependencyRows {

	static final String COLUMNS = "id, product_id, product_key, dependent_item_id, dependent_item_key, "
			+ "dependent_team_key, prerequisite_item_id, prerequisite_item_key, prerequisite_team_key, type, status, "
			+ "needed_by, note, session_id, identified_at, identified_by, status_changed_at, status_changed_by, "
			+ "status_reason, prerequisite_removed, version";

	static final String PARAMS = ":id, :productId, :productKey, :dependentItemId, :dependentItemKey, "
			+ ":dependentTeamKey, :prerequisiteItemId, :prerequisiteItemKey, :prerequisiteTeamKey, :type, :status, "
			+ ":neededBy, :note, :sessionId, :identifiedAt, :identifiedBy, :changedAt, :changedBy, :reason, :removed, "
			+ ":version";

	private DependencyRows() {
	}

	static MapSqlParameterSource params(Dependency d) {
		return new MapSqlParameterSource().addValue("id", d.id())
			.addValue("productId", d.productId())
			.addValue("productKey", d.productKey())
			.addValue("dependentItemId", d.dependent().itemId())
			.addValue("dependentItemKey", d.dependent().itemKey())
			.addValue("dependentTeamKey", d.dependent().teamKey())
			.addValue("prerequisiteItemId", d.prerequisite().itemId())
			.addValue("prerequisiteItemKey", d.prerequisite().itemKey())
			.addValue("prerequisiteTeamKey", d.prerequisite().teamKey())
			.addValue("type", d.type().name())
			.addValue("status", d.status().name())
			.addValue("neededBy", d.neededBy())
			.addValue("note", d.note())
			.addValue("sessionId", d.sessionId())
			.addValue("identifiedAt", timestamp(d.identifiedAt()))
			.addValue("identifiedBy", d.identifiedBy())
			.addValue("changedAt", timestamp(d.statusChangedAt()))
			.addValue("changedBy", d.statusChangedBy())
			.addValue("reason", d.statusReason())
			.addValue("removed", d.prerequisiteRemoved())
			.addValue("version", d.version());
	}

	static Dependency dependency(ResultSet row, int number) throws SQLException {
		return new Dependency(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"),
				new Dependency.End(row.getObject("dependent_item_id", UUID.class), row.getString("dependent_item_key"),
						row.getString("dependent_team_key")),
				new Dependency.End(row.getObject("prerequisite_item_id", UUID.class),
						row.getString("prerequisite_item_key"), row.getString("prerequisite_team_key")),
				DependencyType.valueOf(row.getString("type")), DependencyStatus.valueOf(row.getString("status")),
				row.getString("needed_by"), row.getString("note"), row.getObject("session_id", UUID.class),
				instant(row.getObject("identified_at", OffsetDateTime.class)), row.getString("identified_by"),
				instant(row.getObject("status_changed_at", OffsetDateTime.class)), row.getString("status_changed_by"),
				row.getString("status_reason"), row.getBoolean("prerequisite_removed"), row.getLong("version"));
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
