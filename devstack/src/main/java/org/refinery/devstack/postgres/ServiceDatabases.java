package org.refinery.devstack.postgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Creates the missing roles and databases; existing ones are left as they are. */
final class ServiceDatabases {

	private ServiceDatabases() {
	}

	/** Answers the names of what was created. */
	static List<String> ensure(DataSource admin, List<DatabaseAccount> accounts) throws SQLException {
		var created = new java.util.ArrayList<String>();
		try (Connection connection = admin.getConnection()) {
			for (DatabaseAccount account : accounts) {
				if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", account.name())) {
					execute(connection, "CREATE ROLE %s LOGIN PASSWORD '%s'".formatted(account.name(),
							account.password().replace("'", "''")));
				}
				if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", account.name())) {
					execute(connection, "CREATE DATABASE %s OWNER %s".formatted(account.name(), account.name()));
					created.add(account.name());
				}
			}
		}
		return created;
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (var result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
