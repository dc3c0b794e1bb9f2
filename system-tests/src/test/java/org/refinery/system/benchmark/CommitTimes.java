package org.refinery.system.benchmark;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.SharedPlatform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * When each wanted item's row was committed in one service's database: the commit timestamp of the
 * row's {@code xmin}, which PostgreSQL keeps with {@code track_commit_timestamp=on} (the devstack
 * sets it). The moment is the commit's own, however late a poll collects it.
 */
final class CommitTimes implements Watch.Source {

	/** Bounds only how late a commit is collected, not the moment recorded; rarer polls load the machine less. */
	private static final Duration POLL = Duration.ofMillis(100);

	private final Connection connection;

	private final PreparedStatement query;

	private final Supplier<Collection<UUID>> wanted;

	/** Watches {@code table} (keyed by item id) of the service's database for the items {@code wanted} names. */
	CommitTimes(RefineryService service, String table, Supplier<Collection<UUID>> wanted) throws SQLException {
		var account = service.database();
		int port = SharedPlatform.stack().settings().ports().of(Port.POSTGRES);
		this.connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + account.name(),
				account.name(), account.password());
		this.wanted = wanted;
		try {
			requireCommitTimestamps();
			this.query = connection.prepareStatement("select id, (extract(epoch from pg_xact_commit_timestamp(xmin)) "
					+ "* 1000000)::bigint from " + table + " where id = any(?)");
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void collect(Map<UUID, Long> moments) throws SQLException, InterruptedException {
		UUID[] pending = wanted.get().stream().filter(id -> !moments.containsKey(id)).toArray(UUID[]::new);
		if (pending.length > 0) {
			query.setArray(1, connection.createArrayOf("uuid", pending));
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					moments.put(rows.getObject(1, UUID.class), rows.getLong(2));
				}
			}
		}
		Thread.sleep(POLL);
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

	private void requireCommitTimestamps() throws SQLException {
		try (var show = connection.createStatement(); var setting = show.executeQuery("show track_commit_timestamp")) {
			if (!setting.next() || !"on".equals(setting.getString(1))) {
				throw new IllegalStateException("track_commit_timestamp is off: the devstack in use predates it "
						+ "(./mvnw -pl devstack install)");
			}
		}
	}

}
