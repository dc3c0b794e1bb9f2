package org.refinery.alignment.goal.persistence;

import org.refinery.alignment.goal.Actor;
import org.refinery.alignment.goal.FieldChange;
import org.refinery.alignment.goal.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Revisions in a history table ({@code goal_revision}, {@code link_revision}): one row per
 * version, the changed fields as JSON so that each keeps its own type.
 */
final class RevisionRows {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String table;

	private final String idColumn;

	RevisionRows(JdbcClient jdbc, JsonMapper json, String table, String idColumn) {
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
		this.idColumn = idColumn;
	}

	void add(UUID id, Revision revision) {
		jdbc.sql("insert into " + table + " (" + idColumn + ", version, action, at, actor_subject, actor_name, changes) "
				+ "values (:id, :version, :action, :at, :subject, :name, cast(:changes as jsonb))")
			.param("id", id)
			.param("version", revision.version())
			.param("action", revision.action())
			.param("at", revision.at().atOffset(ZoneOffset.UTC))
			.param("subject", revision.actor().subject())
			.param("name", revision.actor().username())
			.param("changes", json.writeValueAsString(revision.changes()))
			.update();
	}

	List<Revision> of(UUID id, int offset, int limit) {
		return jdbc.sql("select * from " + table + " where " + idColumn + " = :id order by version desc "
				+ "offset :offset limit :limit")
			.param("id", id)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::revision)
			.list();
	}

	long countOf(UUID id) {
		return jdbc.sql("select count(*) from " + table + " where " + idColumn + " = :id").param("id", id)
			.query(Long.class).single();
	}

	private Revision revision(ResultSet row, int number) throws SQLException {
		return new Revision(row.getLong("version"), row.getString("action"),
				row.getObject("at", OffsetDateTime.class).toInstant(),
				new Actor(row.getString("actor_subject"), row.getString("actor_name")),
				json.readValue(row.getString("changes"), CHANGES));
	}

}
