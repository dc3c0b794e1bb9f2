package org.refinery.system;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.services.RefineryService;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads each service's own database, for the proofs that an API cannot give: that every
 * acknowledged write is stored and that each downstream read model holds exactly the versions of
 * the source of truth, item by item.
 */
public final class PlatformDatabases {

	private PlatformDatabases() {
	}

	/** Item id → version of one product in the backlog, the source of truth. */
	public static Map<UUID, Long> backlogItems(String productKey) {
		return versions(RefineryService.BACKLOG,
				"select i.id, i.version from item i join product p on p.id = i.product_id where p.key = ?", productKey);
	}

	/** Item id → version of one product in a service's read model of the backlog. */
	public static Map<UUID, Long> readModel(RefineryService service, String productKey) {
		return versions(service, "select id, version from backlog_item where product_key = ?", productKey);
	}

	/** Rows of a table in a service's database: a cheap fingerprint that rejected requests wrote nothing. */
	public static long rows(RefineryService service, String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		try (Connection connection = connect(service);
				var statement = connection.createStatement();
				var result = statement.executeQuery("select count(*) from " + table)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Counting " + table + " of " + service.module() + " failed", ex);
		}
	}

	/** The sum of a table's versions: moves when any row is updated, not only when one is added. */
	public static long versionSum(RefineryService service, String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		try (Connection connection = connect(service);
				var statement = connection.createStatement();
				var result = statement.executeQuery("select coalesce(sum(version), 0) from " + table)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Summing the versions of " + table + " of " + service.module() + " failed", ex);
		}
	}

	private static Map<UUID, Long> versions(RefineryService service, String sql, String productKey) {
		try (Connection connection = connect(service); var statement = connection.prepareStatement(sql)) {
			statement.setString(1, productKey);
			var versions = new HashMap<UUID, Long>();
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					versions.put(result.getObject(1, UUID.class), result.getLong(2));
				}
			}
			return versions;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Reading the items of " + productKey + " from " + service.module() + " failed", ex);
		}
	}

	private static Connection connect(RefineryService service) throws SQLException {
		int port = SharedPlatform.stack().settings().ports().of(Port.POSTGRES);
		var account = service.database();
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + account.name(), account.name(),
				account.password());
	}

}
