package org.refinery.devstack.services;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.postgres.DatabaseAccount;
import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.JavaRuntime;
import org.refinery.devstack.process.ProcessSpec;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Starts the services and the gateway as separate JVMs and waits for their readiness probes. Each
 * gets an API port and a management port; probes and metrics are read on the management port.
 */
public final class ServiceFleet {

	public static final String GATEWAY = "gateway";

	/**
	 * The gateway's browser sessions and rate-limit buckets, as its application.yml defaults say;
	 * every gateway process of the stack uses this one database.
	 */
	public static final DatabaseAccount GATEWAY_DATABASE = new DatabaseAccount("gateway", "gateway-local-demo");

	/** Small heaps, the serial collector and the C1 compiler: quick starts, small footprints. */
	private static final List<String> JVM = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
			"-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "--enable-native-access=ALL-UNNAMED",
			"-Djava.awt.headless=true");

	/**
	 * A client held to a small limit so that anyone can see the limit act on the running platform
	 * without flooding it: it is not in the realm; create a public client with this id to try.
	 */
	public static final String RATE_PROBE_CLIENT = "refinery-rate-probe";

	public static final int RATE_PROBE_PER_SECOND = 2;

	public static final int RATE_PROBE_BURST = 5;

	private final Path repositoryRoot;

	private final String version;

	private final Ports ports;

	private final Path logs;

	private final Progress progress;

	public ServiceFleet(Path repositoryRoot, String version, Ports ports, Path logs, Progress progress) {
		this.repositoryRoot = repositoryRoot;
		this.version = version;
		this.ports = ports;
		this.logs = logs;
		this.progress = progress;
	}

	/** Fails before anything starts when a jar has not been built. */
	public void requireJars() {
		var missing = new ArrayList<String>();
		for (String module : Replica.modules()) {
			var jar = new ServiceJar(repositoryRoot, module, version);
			if (!jar.exists()) {
				missing.add(jar.path().toString());
			}
		}
		if (!missing.isEmpty()) {
			throw new StartFailed("Not built yet: " + String.join(", ", missing)
					+ "; build with ./mvnw -B -q -DskipTests install (./refinery does this for you)");
		}
	}

	public void launchServices(Supervisor supervisor, String jdbcBase, String kafkaBootstrap, String issuer) {
		for (RefineryService service : RefineryService.values()) {
			var account = service.database();
			for (int replica = 1; replica <= replicas(); replica++) {
				launch(supervisor, service.module(), replica, ports.of(service.port(), replica),
						ports.of(service.managementPort(), replica),
						"--spring.datasource.url=" + jdbcBase + account.name(),
						"--spring.datasource.username=" + account.name(),
						"--spring.datasource.password=" + account.password(),
						"--spring.datasource.hikari.maximum-pool-size=10",
						"--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
						"--refinery.security.issuer-uri=" + issuer);
			}
		}
	}

	/**
	 * Every gateway replica routes to every replica of each service: Spring Cloud LoadBalancer
	 * takes them in turn from the simple discovery client's instance list (docs/adr/0013).
	 */
	public void launchGateway(Supervisor supervisor, String jdbcBase, String issuer) {
		String[] arguments = GatewayArguments.of(ports, jdbcBase, issuer).toArray(String[]::new);
		for (int replica = 1; replica <= replicas(); replica++) {
			launch(supervisor, GATEWAY, replica, ports.of(Port.GATEWAY, replica),
					ports.of(Port.GATEWAY_MANAGEMENT, replica), arguments);
		}
	}

	/** Waits for every started service (in parallel) and reports each one's start time. */
	public void awaitReady(Supervisor supervisor, List<String> names) {
		new FleetReadiness(supervisor, logs, progress).await(names, this::health, this::url);
	}

	public HealthCheck health(String name) {
		return HealthCheck.http(readiness(name));
	}

	/** The readiness probe, on the management port as Kubernetes probes it. */
	public URI readiness(String name) {
		return URI.create(managementUrl(name) + "/actuator/health/readiness");
	}

	public String url(String name) {
		return url(portOf(name));
	}

	/** The base URL of a component's actuator (probes, {@code /actuator/prometheus}); not the API's. */
	public String managementUrl(String name) {
		return url(managementPortOf(name));
	}

	/** How many times the gateway and each service run. */
	public int replicas() {
		return ports.replicaCount();
	}

	/**
	 * Every process of the fleet, the services' replicas first, then the gateway's: the order of
	 * start (stop goes the other way). Replica 1 keeps the module's name, replica i is
	 * {@code <module>-i}, e.g. backlog-service-2.
	 */
	public List<String> names() {
		var names = new ArrayList<>(serviceNames());
		names.addAll(gatewayNames());
		return names;
	}

	/** Every replica of every service. */
	public List<String> serviceNames() {
		var names = new ArrayList<String>();
		for (RefineryService service : RefineryService.values()) {
			names.addAll(replicaNames(service.module()));
		}
		return names;
	}

	public List<String> gatewayNames() {
		return replicaNames(GATEWAY);
	}

	/** The names of one component's replicas, the first being the component's own. */
	public List<String> replicaNames(String module) {
		return Replica.names(module, replicas());
	}

	/** Every database of the stack: one per service and the gateway's. */
	public static List<DatabaseAccount> databases() {
		var databases = new ArrayList<>(RefineryService.databases());
		databases.add(GATEWAY_DATABASE);
		return databases;
	}

	/** The services' modules, one name each whatever the replicas. */
	public static List<String> modules() {
		return Arrays.stream(RefineryService.values()).map(RefineryService::module).toList();
	}

	private void launch(Supervisor supervisor, String module, int replica, int port, int managementPort,
			String... properties) {
		String name = Replica.name(module, replica);
		var command = new ArrayList<String>();
		command.add(JavaRuntime.current().executable());
		command.addAll(JVM);
		command.add("-jar");
		command.add(new ServiceJar(repositoryRoot, module, version).path().toString());
		command.add("--server.port=" + port);
		command.add("--management.server.port=" + managementPort);
		command.addAll(List.of(properties));
		supervisor.spawn(new ProcessSpec(name, command, Map.of(), logs.getParent(), logs.resolve(name + ".log")));
		progress.info(name, "starting on port " + port + " (management " + managementPort + ")");
	}

	private int portOf(String name) {
		Replica replica = Replica.named(name, replicas());
		return ports.of(replica.gateway() ? Port.GATEWAY : replica.service().port(), replica.number());
	}

	private int managementPortOf(String name) {
		Replica replica = Replica.named(name, replicas());
		return ports.of(replica.gateway() ? Port.GATEWAY_MANAGEMENT : replica.service().managementPort(),
				replica.number());
	}

	static RefineryService service(String name) {
		return Arrays.stream(RefineryService.values())
			.filter(service -> service.module().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown service " + name));
	}

	static String url(int port) {
		return "http://localhost:" + port;
	}

}
