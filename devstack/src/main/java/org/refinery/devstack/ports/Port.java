package org.refinery.devstack.ports;

/**
 * A port of the local platform with its default and the setting that overrides it. The gateway
 * and each service have a management port of their own besides the API port: actuator (probes,
 * the Prometheus scrape) is served there only.
 */
public enum Port {

	GATEWAY("gateway", 8080),
	BACKLOG("backlog", 8081),
	DEPENDENCY("dependency", 8082),
	ALIGNMENT("alignment", 8083),
	FORECAST("forecast", 8084),
	GATEWAY_MANAGEMENT("gateway-management", 9080),
	BACKLOG_MANAGEMENT("backlog-management", 9081),
	DEPENDENCY_MANAGEMENT("dependency-management", 9082),
	ALIGNMENT_MANAGEMENT("alignment-management", 9083),
	FORECAST_MANAGEMENT("forecast-management", 9084),
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

	/**
	 * Whether {@code up --replicas} starts this component more than once: the gateway and the
	 * services, each replica on ports of its own (see {@link Ports#withReplicas(int)}).
	 */
	public boolean replicated() {
		return this != KEYCLOAK && this != KEYCLOAK_MANAGEMENT && this != KAFKA && this != KAFKA_CONTROLLER
				&& this != POSTGRES;
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
