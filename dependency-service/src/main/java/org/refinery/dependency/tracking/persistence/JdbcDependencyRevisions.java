package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.DependencyRevisions;
import org.refinery.dependency.tracking.FieldChange;
import org.refinery.dependency.tracking.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Revisions in {@code dependency_revision}: one row per version, the changed fields as JSON. */
@Repository
class JdbcDependencyRevisions implements DependencyRevisions {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcDependencyRevisions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void add(UUID dependencyId, Revision revision, String actorSubject) {
		jdbc.sql("insert into dependency_revision (dependency_id, version, changed_at, actor_subject, actor_name, "
				+ "changes) values (:id, :version, :at, :subject, :name, cast(:changes as jsonb))")
			.param("id", dependencyId)
			.param("version", revision.version())
			.param("at", revision.changedAt().atOffset(ZoneOffset.UTC))
			.param("subject", actorSubject)
			.param("name", revision.actor())
			.param("changes", json.writeValueAsString(revision.changes()))
			.update();
	}

	@Override
	public List<Revision> of(UUID dependencyId, int offset, int limit) {
		return jdbc.sql("select * from dependency_revision where dependency_id = :id order by version desc "
				+ "offset :offset limit :limit")
			.param("id", dependencyId)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::revision)
			.list();
	}

	@Override
	public long countOf(UUID dependencyId) {
		return jdbc.sql("select count(*) from dependency_revision where dependency_id = :id")
			.param("id", dependencyId)
			.query(Long.class)
			.single();
	}

	private Revision revision(ResultSet row, int number) throws SQLException {
		return new Revision(row.getLong("version"), row.getObject("changed_at", OffsetDateTime.class).toInstant(),
				row.getString("actor_name"), json.readValue(row.getString("changes"), CHANGES));
	}

}
