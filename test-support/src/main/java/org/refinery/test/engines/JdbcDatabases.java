package org.refinery.test.engines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creating a database per service, the same on every PostgreSQL engine. */
abstract class JdbcDatabases {

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	abstract String adminUrl();

	abstract String urlOf(String database);

	public abstract String username();

	public abstract String password();

	public synchronized String database(String name) {
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Database name '" + name + "' must match " + SAFE_NAME.pattern());
		}
		try (Connection connection = DriverManager.getConnection(adminUrl(), username(), password());
				Statement statement = connection.createStatement()) {
			var existing = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
			if (!existing.next()) {
				statement.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return urlOf(name);
	}

}
