package org.refinery.backlog.session.persistence;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.session.Ending;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionHistoryEntry;
import org.refinery.backlog.session.SessionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes one history row per changed field of a session, old value to new, in the change's
 * transaction. Agenda items are written by key, as people know them; an outcome is one row.
 */
final class SessionHistoryWriter {

	private final JdbcClient jdbc;

	SessionHistoryWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void scheduled(Session session, Actor actor) {
		write(session, actor, "scheduled", null, session.title());
	}

	void changed(Session before, Session after, Outcome outcome, Actor actor) {
		Map<String, String> old = fields(before);
		fields(after).forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				write(after, actor, field, old.get(field), value);
			}
		});
		if (outcome != null) {
			String note = outcome.note() == null ? "" : ": " + outcome.note();
			write(after, actor, "outcome", null, keys(List.of(outcome.itemId())) + " " + outcome.kind() + note);
		}
	}

	List<SessionHistoryEntry> of(UUID sessionId, int offset, int limit) {
		return jdbc.sql("select version, changed_at, actor_name, field, old_value, new_value from session_history "
				+ "where session_id = :id order by version desc, field offset :offset limit :limit")
			.param("id", sessionId)
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new SessionHistoryEntry(row.getLong("version"), row.getTimestamp("changed_at").toInstant(),
					row.getString("actor_name"), row.getString("field"), row.getString("old_value"),
					row.getString("new_value")))
			.list();
	}

	long countOf(UUID sessionId) {
		return jdbc.sql("select count(*) from session_history where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	private void write(Session session, Actor actor, String field, String oldValue, String newValue) {
		jdbc.sql("insert into session_history (session_id, version, actor, actor_name, field, old_value, new_value) "
				+ "values (:session, :version, :actor, :name, :field, :old, :new)")
			.param("session", session.id()).param("version", session.version())
			.param("actor", actor.subject()).param("name", actor.username())
			.param("field", field).param("old", oldValue).param("new", newValue)
			.update();
	}

	private Map<String, String> fields(Session session) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", session.title());
		fields.put("facilitator", session.facilitator());
		fields.put("startsAt", session.startsAt().toString());
		fields.put("representatives", new TreeMap<>(session.representatives()).entrySet().stream()
			.map(team -> team.getKey() + ": " + String.join(", ", team.getValue().stream().sorted().toList()))
			.collect(Collectors.joining("; ")));
		fields.put("agenda", keys(session.agenda()));
		fields.put("status", session.status().name());
		Ending ending = session.ending();
		fields.put("cancelReason", ending == null ? null : ending.cancelReason());
		fields.put("crossTeam", ending == null || session.status() == SessionStatus.CANCELLED ? null
				: Boolean.toString(ending.crossTeam()));
		return fields;
	}

	/** The items' keys in the given order; an id stands for an item that is gone. */
	private String keys(List<UUID> items) {
		if (items.isEmpty()) {
			return "";
		}
		Map<UUID, String> keys = new HashMap<>();
		jdbc.sql("select id, key from item where id = any(:ids)").param("ids", items.toArray(UUID[]::new))
			.query((row, n) -> keys.put(row.getObject("id", UUID.class), row.getString("key")))
			.list();
		return items.stream().map(id -> keys.getOrDefault(id, id.toString())).collect(Collectors.joining(", "));
	}

}
