package org.refinery.devstack;

import org.refinery.devstack.kafka.KafkaBroker;
import org.refinery.devstack.keycloak.KeycloakServer;
import org.refinery.devstack.ports.Port;
import org.refinery.devstack.process.CrashRecovery;
import org.refinery.devstack.process.Parallel;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.RestartPolicy;
import org.refinery.devstack.process.Restarts;
import org.refinery.devstack.process.StackStopped;
import org.refinery.devstack.process.Supervisor;
import org.refinery.devstack.seed.Seeder;
import org.refinery.devstack.services.ServiceFleet;
import org.refinery.devstack.state.ComponentState;
import org.refinery.devstack.state.StackState;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole local platform. {@link #start()} returns once every component is ready and the demo
 * data is in place, or throws with nothing left running; {@link #stop()} may be called at any
 * moment from any thread (a signal handler, a test) and stops everything in reverse order. Once
 * ready, a service or the gateway that crashes is started again with back-off ({@link CrashRecovery});
 * Kafka, Keycloak and PostgreSQL are not: they hold the platform's state and connections, and a
 * crash of one of them is a fault to see (status, logs) and to restart by hand.
 */
public final class Devstack implements AutoCloseable {

	static final String NAME = "devstack";

	private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);

	private final DevstackSettings settings;

	private final Progress progress;

	private final Supervisor supervisor;

	private final Components components;

	private final StateRecorder state;

	private final CrashRecovery recovery;

	private final ComponentControl control;

	private final Object stopLock = new Object();

	private volatile boolean stopped;

	/** Set by a stop from outside the start (a signal, another thread), not by a failed start. */
	private volatile boolean stopRequested;

	private Devstack(DevstackSettings settings, Progress progress) {
		this.settings = settings;
		this.progress = progress;
		this.supervisor = new Supervisor(progress);
		this.recovery = new CrashRecovery(supervisor, RestartPolicy.standard(), progress,
				this::awaitServiceReady, this::recordRestarts);
		this.components = new Components(settings, BuildVersions.load(), supervisor, progress, recovery::of);
		this.state = new StateRecorder(settings, components);
		this.control = new ComponentControl(supervisor, components, state, recovery, SERVICE_GRACE);
	}

	public static Devstack prepare(DevstackSettings settings, Progress progress) {
		return new Devstack(settings, progress);
	}

	public void start() {
		long start = System.nanoTime();
		state.claim(progress);
		components.postgres().stopLeftover();
		settings.ports().requireAvailable();
		components.fleet().requireJars();
		try {
			components.rotateLogs();
			state.record("starting");
			Parallel.run(supervisor, List.of(
					() -> components.postgres().start(ServiceFleet.databases(), supervisor),
					() -> components.kafka().start(supervisor),
					() -> components.keycloak().launch(supervisor)));
			String issuer = components.keycloak().issuer();
			String jdbc = "jdbc:postgresql://localhost:" + settings.ports().of(Port.POSTGRES) + "/";
			components.fleet().launchServices(supervisor, jdbc, components.kafka().bootstrapServers(), issuer);
			components.fleet().launchGateway(supervisor, jdbc, issuer);
			state.record("starting");
			Parallel.run(supervisor, List.of(() -> components.keycloak().awaitReady(supervisor),
					() -> components.fleet().awaitReady(supervisor, components.fleet().names())));
			state.record("seeding");
			if (settings.seed()) {
				new Seeder(URI.create(components.fleet().url(ServiceFleet.GATEWAY)), issuer, progress).seed();
			}
			state.record("ready");
			recovery.watch(components.fleet().names());
			progress.info(NAME, "ready in %.1f s".formatted((System.nanoTime() - start) / 1e9));
		}
		catch (RuntimeException failure) {
			boolean stopping = stopRequested;
			stopInternally();
			if (processIds().isEmpty()) {
				state.release();
			}
			throw stopping && !(failure instanceof StackStopped) ? new StackStopped("Stopped during start") : failure;
		}
	}

	/** Gateway, services, Keycloak, Kafka, PostgreSQL: each with SIGTERM, waiting for its exit. */
	public void stop() {
		stopRequested = true;
		stopInternally();
	}

	private void stopInternally() {
		synchronized (stopLock) {
			if (stopped) {
				return;
			}
			supervisor.halt();
			if (!state.owned()) {
				stopped = true;
				return;
			}
			boolean wasReady = "ready".equals(state.current().phase());
			progress.info(NAME, "stopping: gateway, services, Keycloak, Kafka, PostgreSQL");
			state.recordQuietly("stopping");
			if (wasReady) {
				supervisor.stop(components.fleet().gatewayNames(), SERVICE_GRACE);
				supervisor.stop(components.fleet().serviceNames(), SERVICE_GRACE);
			}
			else {
				// Mid-start a Spring Boot JVM finishes its start before it honours SIGTERM: stop them together.
				supervisor.stop(components.fleet().names(), SERVICE_GRACE);
			}
			supervisor.stop(List.of(KeycloakServer.NAME), SERVICE_GRACE);
			supervisor.stop(List.of(KafkaBroker.NAME, KafkaBroker.STORAGE_TOOL), SERVICE_GRACE);
			components.postgres().stop();
			supervisor.stopRemaining(Duration.ofSeconds(10));
			Set<Long> survivors = processIds();
			if (survivors.isEmpty()) {
				state.release();
				progress.info(NAME, "stopped; no process left behind");
			}
			else {
				progress.warn(NAME, "processes still running after the stop: " + survivors);
			}
			stopped = true;
		}
	}

	/**
	 * Kills one component with SIGKILL, as a crash would: a service, the gateway, Keycloak or
	 * Kafka. For fault tests, which decide when it comes back: a fault inflicted on purpose, so the
	 * crash recovery leaves it down until {@link #restart(String)} (a {@code kill -9} from outside
	 * is a crash it restarts).
	 */
	public void kill(String component) {
		control.kill(component);
	}

	/** Stops one component gracefully (SIGTERM and its shutdown hooks), leaving the others running and it down. */
	public void stop(String component) {
		control.stop(component);
	}

	/**
	 * Starts a component again as it was started and waits until it is ready: a running one is
	 * stopped gracefully first, a stopped, killed or crashed one just starts. The crash back-off of
	 * the component starts afresh ({@code ./refinery restart} after the recovery gave up).
	 */
	public void restart(String component) {
		control.restart(component);
	}

	/** What the crash recovery did about one component: restarts, last exit code and restart time. */
	public Restarts restarts(String component) {
		return recovery.of(component);
	}

	private void awaitServiceReady(String name) {
		components.fleet().awaitReady(supervisor, List.of(name));
	}

	private void recordRestarts() {
		state.refresh();
	}

	/** Registers a JVM shutdown hook that stops the stack: Ctrl-C, SIGTERM or a test JVM's exit. */
	public Devstack stopOnJvmExit() {
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "devstack-stop"));
		return this;
	}

	/** Whether a stop has begun (or finished). */
	public boolean stopping() {
		return supervisor.halted();
	}

	@Override
	public void close() {
		stop();
	}

	/** Every live process of the stack: the children, their descendants, the postmaster and its backends. */
	public Set<Long> processIds() {
		var pids = new LinkedHashSet<>(supervisor.processIds());
		pids.addAll(components.postgres().processIds());
		return pids;
	}

	/** Each component's URL, PID (0 until started), health check and log. */
	public List<ComponentState> components() {
		return new ArrayList<>(components.states());
	}

	public StackState state() {
		return state.current();
	}

	public DevstackSettings settings() {
		return settings;
	}

	public String gatewayUrl() {
		return components.fleet().url(ServiceFleet.GATEWAY);
	}

	/** Every gateway replica's URL, the first being {@link #gatewayUrl()}'s. */
	public List<String> gatewayUrls() {
		return components.fleet().gatewayNames().stream().map(components.fleet()::url).toList();
	}

	/** The names of one component's replicas ({@code up --replicas}), e.g. backlog-service, backlog-service-2. */
	public List<String> replicas(String component) {
		return components.fleet().replicaNames(component);
	}

	public String issuer() {
		return components.keycloak().issuer();
	}

}
