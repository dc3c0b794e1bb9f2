package org.refinery.devstack.services;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.postgres.DatabaseAccount;

import java.util.Arrays;
import java.util.List;

/** The services behind the gateway: module, port and database (DESIGN, "Local platform defaults"). */
public enum RefineryService {

	BACKLOG("backlog-service", Port.BACKLOG, "backlog"),
	DEPENDENCY("dependency-service", Port.DEPENDENCY, "dependency"),
	ALIGNMENT("alignment-service", Port.ALIGNMENT, "alignment"),
	FORECAST("forecast-service", Port.FORECAST, "forecast");

	private final String module;

	private final Port port;

	private final String database;

	RefineryService(String module, Port port, String database) {
		this.module = module;
		this.port = port;
		this.database = database;
	}

	/** The Maven module, which is also the process and log name. */
	public String module() {
		return module;
	}

	public Port port() {
		return port;
	}

	/** The defaults of the service's application.yml: database and role share a name. */
	public DatabaseAccount database() {
		return new DatabaseAccount(database, database + "-local-demo");
	}

	/** The gateway's property naming this service's base URL. */
	String gatewayProperty() {
		return "refinery.services." + database;
	}

	public static List<DatabaseAccount> databases() {
		return Arrays.stream(values()).map(RefineryService::database).toList();
	}

}
