package org.refinery.devstack.ports;

/** A port of the local platform with its default and the setting that overrides it. */
public enum Port {

	GATEWAY("gateway", 8080),
	BACKLOG("backlog", 8081),
	DEPENDENCY("dependency", 8082),
	ALIGNMENT("alignment", 8083),
	FORECAST("forecast", 8084),
	KEYCLOAK("keycloak", 8180),
	KEYCLOAK_MANAGEMENT("keycloak-management", 9180),
	KAFKA("kafka", 9092),
	KAFKA_CONTROLLER("kafka-controller", 9093),
	POSTGRES("postgres", 15432);

	private final String label;

	private final int defaultPort;

	Port(String label, int defaultPort) {
		this.label = label;
		this.defaultPort = defaultPort;
	}

	public String label() {
		return label;
	}

	public int defaultPort() {
		return defaultPort;
	}

	/** The command-line setting that changes this port, e.g. {@code --gateway-port}. */
	public String setting() {
		return "--" + label + "-port";
	}

}
