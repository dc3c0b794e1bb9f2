package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.ExportedDependencies;
import org.refinery.dependency.tracking.ExportedDependency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The export's cursor: PostgreSQL streams the rows 500 at a time (inside the caller's transaction,
 * which a cursor needs), with both ends' titles from the backlog read model.
 */
@Repository
class JdbcExportedDependencies implements ExportedDependencies {

	private static final String SQL = "select d.*, di.title as dependent_title, pi.title as prerequisite_title "
			+ "from dependency d left join backlog_item di on di.id = d.dependent_item_id "
			+ "left join backlog_item pi on pi.id = d.prerequisite_item_id "
			+ "where d.product_key = ? order by d.identified_at desc, d.id";

	private final JdbcTemplate jdbc;

	JdbcExportedDependencies(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(500);
	}

	@Override
	public void forEach(String productKey, Sink sink) {
		jdbc.query(SQL, rs -> {
			try {
				sink.accept(new ExportedDependency(rs.getObject("id", UUID.class), rs.getString("type"),
						rs.getString("status"), rs.getString("dependent_item_key"), rs.getString("dependent_title"),
						rs.getString("dependent_team_key"), rs.getString("prerequisite_item_key"),
						rs.getString("prerequisite_title"), rs.getString("prerequisite_team_key"),
						rs.getString("needed_by"), rs.getString("note"), rs.getBoolean("prerequisite_removed"),
						instant(rs.getTimestamp("identified_at")), rs.getString("identified_by"),
						instant(rs.getTimestamp("status_changed_at")), rs.getString("status_changed_by"),
						rs.getString("status_reason")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, productKey);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
