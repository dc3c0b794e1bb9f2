package org.refinery.test.engines;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Docker container, for machines that have Docker. */
final class ContainerPostgresEngine extends JdbcDatabases implements PostgresEngine {

	private final PostgreSQLContainer container;

	private ContainerPostgresEngine(PostgreSQLContainer container) {
		this.container = container;
	}

	static ContainerPostgresEngine start() {
		var container = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c",
				"max_connections=300");
		container.start();
		return new ContainerPostgresEngine(container);
	}

	@Override
	String adminUrl() {
		return container.getJdbcUrl();
	}

	@Override
	String urlOf(String database) {
		return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
	}

	@Override
	public String username() {
		return container.getUsername();
	}

	@Override
	public String password() {
		return container.getPassword();
	}

	@Override
	public void close() {
		container.stop();
	}

}
