package org.refinery.devstack.services;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.postgres.DatabaseAccount;
import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.JavaRuntime;
import org.refinery.devstack.process.ProcessSpec;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.Readiness;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	/** Generous: on a 2-core machine shared with a second build, services took up to 230 s to become ready. */
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(480);

	private static final int LOCAL_RATE_LIMIT = 200;

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
		for (String module : names()) {
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
			launch(supervisor, service.module(), ports.of(service.port()), ports.of(service.managementPort()),
					"--spring.datasource.url=" + jdbcBase + account.name(),
					"--spring.datasource.username=" + account.name(),
					"--spring.datasource.password=" + account.password(),
					"--spring.datasource.hikari.maximum-pool-size=10",
					"--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
					"--refinery.security.issuer-uri=" + issuer);
		}
	}

	public void launchGateway(Supervisor supervisor, String jdbcBase, String issuer) {
		var arguments = new ArrayList<String>();
		arguments.add("--spring.datasource.url=" + jdbcBase + GATEWAY_DATABASE.name());
		arguments.add("--spring.datasource.username=" + GATEWAY_DATABASE.name());
		arguments.add("--spring.datasource.password=" + GATEWAY_DATABASE.password());
		for (RefineryService service : RefineryService.values()) {
			arguments.add("--" + service.gatewayProperty() + "=" + url(service.port()));
		}
		arguments.add("--refinery.security.issuer-uri=" + issuer);
		// One developer (and the seeder) per machine: a roomier per-caller limit than production's.
		arguments.add("--refinery.gateway.rate-limit.requests-per-second=" + LOCAL_RATE_LIMIT);
		arguments.add("--refinery.gateway.rate-limit.burst=" + 2 * LOCAL_RATE_LIMIT);
		String probe = "--refinery.gateway.rate-limit.clients." + RATE_PROBE_CLIENT;
		arguments.add(probe + ".requests-per-second=" + RATE_PROBE_PER_SECOND);
		arguments.add(probe + ".burst=" + RATE_PROBE_BURST);
		launch(supervisor, GATEWAY, ports.of(Port.GATEWAY), ports.of(Port.GATEWAY_MANAGEMENT),
				arguments.toArray(String[]::new));
	}

	/** Waits for every started service (in parallel) and reports each one's start time. */
	public void awaitReady(Supervisor supervisor, List<String> names) {
		var readiness = new Readiness(supervisor);
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var waits = new ArrayList<Future<?>>();
			for (String name : names) {
				waits.add(executor.submit(() -> {
					Duration took = awaitOne(readiness, name);
					progress.info(name, "ready on %s (%.1f s)".formatted(url(portOf(name)), took.toMillis() / 1e3));
				}));
			}
			for (Future<?> wait : waits) {
				wait.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new StartFailed(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new org.refinery.devstack.process.StackStopped("Interrupted while waiting for the services");
		}
	}

	private Duration awaitOne(Readiness readiness, String name) {
		try {
			return readiness.await(name, health(name), READY_TIMEOUT);
		}
		catch (StartFailed failure) {
			if (StartupHints.migrationChanged(logs.resolve(name + ".log"))) {
				throw new StartFailed(failure.getMessage() + System.lineSeparator() + "A database migration of " + name
						+ " changed after the devstack applied it; start with a fresh database: ./refinery up --fresh", failure);
			}
			throw failure;
		}
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

	/** The services first, then the gateway: the order of start (stop goes the other way). */
	public static List<String> names() {
		var names = new ArrayList<>(serviceNames());
		names.add(GATEWAY);
		return names;
	}

	/** Every database of the stack: one per service and the gateway's. */
	public static List<DatabaseAccount> databases() {
		var databases = new ArrayList<>(RefineryService.databases());
		databases.add(GATEWAY_DATABASE);
		return databases;
	}

	public static List<String> serviceNames() {
		return Arrays.stream(RefineryService.values()).map(RefineryService::module).toList();
	}

	private void launch(Supervisor supervisor, String module, int port, int managementPort, String... properties) {
		var command = new ArrayList<String>();
		command.add(JavaRuntime.current().executable());
		command.addAll(JVM);
		command.add("-jar");
		command.add(new ServiceJar(repositoryRoot, module, version).path().toString());
		command.add("--server.port=" + port);
		command.add("--management.server.port=" + managementPort);
		command.addAll(List.of(properties));
		supervisor.spawn(new ProcessSpec(module, command, Map.of(), logs.getParent(), logs.resolve(module + ".log")));
		progress.info(module, "starting on port " + port + " (management " + managementPort + ")");
	}

	private int portOf(String name) {
		if (GATEWAY.equals(name)) {
			return ports.of(Port.GATEWAY);
		}
		return ports.of(service(name).port());
	}

	private int managementPortOf(String name) {
		if (GATEWAY.equals(name)) {
			return ports.of(Port.GATEWAY_MANAGEMENT);
		}
		return ports.of(service(name).managementPort());
	}

	private static RefineryService service(String name) {
		return Arrays.stream(RefineryService.values())
			.filter(service -> service.module().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown service " + name));
	}

	private static String url(int port) {
		return "http://localhost:" + port;
	}

	private String url(Port port) {
		return url(ports.of(port));
	}

}
