package org.refinery.devstack.services;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.postgres.DatabaseAccount;

import java.util.Arrays;
import java.util.List;

/**
 * The services behind the gateway: module, API port, management port (actuator) and database
 * (DESIGN, "Local platform defaults").
 */
public enum RefineryService {

	BACKLOG("backlog-service", Port.BACKLOG, Port.BACKLOG_MANAGEMENT, "backlog"),
	DEPENDENCY("dependency-service", Port.DEPENDENCY, Port.DEPENDENCY_MANAGEMENT, "dependency"),
	ALIGNMENT("alignment-service", Port.ALIGNMENT, Port.ALIGNMENT_MANAGEMENT, "alignment"),
	FORECAST("forecast-service", Port.FORECAST, Port.FORECAST_MANAGEMENT, "forecast");

	private final String module;

	private final Port port;

	private final Port managementPort;

	private final String database;

	RefineryService(String module, Port port, Port managementPort, String database) {
		this.module = module;
		this.port = port;
		this.managementPort = managementPort;
		this.database = database;
	}

	/** The Maven module, which is also the process and log name. */
	public String module() {
		return module;
	}

	public Port port() {
		return port;
	}

	/** Where actuator listens: health probes and the Prometheus scrape, never on {@link #port()}. */
	public Port managementPort() {
		return managementPort;
	}

	/** The defaults of the service's application.yml: database and role share a name. */
	public DatabaseAccount database() {
		return new DatabaseAccount(database, database + "-local-demo");
	}

	public static List<DatabaseAccount> databases() {
		return Arrays.stream(values()).map(RefineryService::database).toList();
	}

}
