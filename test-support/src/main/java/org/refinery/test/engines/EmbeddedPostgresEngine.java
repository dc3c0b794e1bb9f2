package org.refinery.test.engines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** PostgreSQL from the embedded binaries on Maven Central, on a free loopback port. */
final class EmbeddedPostgresEngine extends JdbcDatabases implements PostgresEngine {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresEngine(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresEngine start() {
		try {
			return new EmbeddedPostgresEngine(EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	@Override
	String adminUrl() {
		return postgres.getJdbcUrl(username(), "postgres");
	}

	@Override
	String urlOf(String database) {
		return postgres.getJdbcUrl(username(), database);
	}

	@Override
	public String username() {
		return "postgres";
	}

	@Override
	public String password() {
		return "postgres";
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
