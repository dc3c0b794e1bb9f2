package org.refinery.backlog.session.presence.persistence;

import org.refinery.backlog.session.presence.Attendees;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Times are the database's, so replicas whose clocks disagree still agree on who expired. */
@Repository
class JdbcAttendees implements Attendees {

	private final JdbcClient jdbc;

	JdbcAttendees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code xmax = 0} only for a row this statement inserted, not for one it updated. */
	@Override
	public boolean renew(UUID sessionId, String username, UUID replica) {
		return jdbc.sql("insert into session_presence (session_id, username, replica, last_seen) "
				+ "values (:session, :username, :replica, clock_timestamp()) "
				+ "on conflict (session_id, username, replica) do update set last_seen = excluded.last_seen "
				+ "returning (xmax = 0) as inserted")
			.param("session", sessionId).param("username", username).param("replica", replica)
			.query(Boolean.class).single();
	}

	@Override
	public boolean leave(UUID sessionId, String username, UUID replica) {
		return jdbc.sql("delete from session_presence where session_id = :session and username = :username "
				+ "and replica = :replica")
			.param("session", sessionId).param("username", username).param("replica", replica)
			.update() > 0;
	}

	@Override
	public List<String> present(UUID sessionId, Duration expiry) {
		return jdbc.sql("select distinct username from session_presence where session_id = :session "
				+ "and last_seen > clock_timestamp() - make_interval(secs => :expiry) order by username")
			.param("session", sessionId).param("expiry", expiry.toMillis() / 1000.0)
			.query(String.class).list();
	}

	@Override
	public Set<UUID> expire(Duration expiry) {
		return new HashSet<>(jdbc.sql("delete from session_presence "
				+ "where last_seen <= clock_timestamp() - make_interval(secs => :expiry) returning session_id")
			.param("expiry", expiry.toMillis() / 1000.0)
			.query(UUID.class).list());
	}

}
