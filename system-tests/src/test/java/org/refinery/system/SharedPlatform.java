package org.refinery.system;

import org.refinery.devstack.Devstack;
import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.state.ComponentState;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real platform for every whole-platform test class in this JVM: starting Keycloak, Kafka,
 * PostgreSQL and five Java processes costs close to a minute, so it happens once, on first use.
 * {@link PlatformShutdownIT} runs last (class order in {@code junit-platform.properties}) and
 * proves that stopping leaves no process behind; the JVM exit hook is the safety net when a run
 * is interrupted. The classes about replicas switch it to a second configuration, {@link #replicated()}.
 */
public final class SharedPlatform {

	private static Devstack stack;

	private static RuntimeException failedStart;

	private static final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	/** Replicas of every service and of the gateway on the {@link #replicated()} platform. */
	public static final int REPLICAS = 2;

	private static final AtomicInteger turn = new AtomicInteger();

	/** Renews a cached token this long before it expires, so that no request carries one that lapses in flight. */
	private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(90);

	public static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SharedPlatform() {
	}

	/**
	 * The running platform, whichever configuration it has; a start that failed once fails every
	 * later class at once instead of starting again.
	 */
	public static synchronized Devstack stack() {
		if (failedStart != null) {
			throw new IllegalStateException("The shared platform did not start: " + failedStart.getMessage(), failedStart);
		}
		if (stack == null) {
			start(TestStacks.settings("platform"));
		}
		return stack;
	}

	/**
	 * The platform with {@link #REPLICAS} replicas of every service and of the gateway, for the
	 * classes that prove the platform correct on several replicas (they run last, see
	 * {@link ReplicatedPlatform}): the single-replica platform, when it runs, is stopped first, so
	 * that one platform at a time shares the machine, and every later class uses this one.
	 */
	public static synchronized Devstack replicated() {
		if (stack != null && stack.settings().ports().replicaCount() == REPLICAS) {
			return stack;
		}
		if (failedStart != null) {
			throw new IllegalStateException("The shared platform did not start: " + failedStart.getMessage(), failedStart);
		}
		if (stack != null) {
			BrowserSession.quitAll();
			var processes = stack.processIds();
			stack.stop();
			if (processes.stream().anyMatch(TestStacks::alive)) {
				throw new IllegalStateException("The single-replica platform left processes behind: " + processes);
			}
			stack = null;
			tokens.clear();
		}
		var settings = TestStacks.settings("replicas");
		start(settings.withPorts(Ports.free(REPLICAS)));
		return stack;
	}

	private static void start(DevstackSettings settings) {
		Devstack started = Devstack.prepare(settings, Progress.console()).stopOnJvmExit();
		try {
			started.start();
		}
		catch (RuntimeException ex) {
			failedStart = ex;
			throw ex;
		}
		stack = started;
	}

	/**
	 * The gateways in turn, one per call: with one gateway always it, with replicas every request of
	 * a {@link #as(String) client} goes to the next gateway.
	 */
	static String nextGateway() {
		List<String> gateways = stack().gatewayUrls();
		return gateways.get(Math.floorMod(turn.getAndIncrement(), gateways.size()));
	}

	/** The base URL of one component (for example {@code backlog-service}) for direct calls that bypass the gateway. */
	public static String url(String component) {
		return stack().components()
			.stream()
			.filter(state -> state.name().equals(component))
			.map(ComponentState::url)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No component " + component));
	}

	/**
	 * The base URL of a component's management port: actuator's probes and Prometheus scrape, which
	 * its API port (and the gateway) never serves.
	 */
	public static String managementUrl(String component) {
		return stack().components()
			.stream()
			.filter(state -> state.name().equals(component))
			.map(ComponentState::management)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No management port for " + component));
	}

	/**
	 * A demo user's access token from the real Keycloak, cached until shortly before it expires: the realm's
	 * tokens live five minutes and a whole run takes longer.
	 */
	public static String token(String username) {
		return tokens.compute(username, (user, cached) -> cached != null && cached.validFor(RENEWAL_MARGIN) ? cached
				: IssuedToken.signIn(user)).value();
	}

	/**
	 * An HTTP client for the gateway acting as one demo user ({@code null} for anonymous); with
	 * gateway replicas each of its requests goes to the next gateway.
	 */
	public static PlatformClient as(String username) {
		stack();
		return new PlatformClient(SharedPlatform::nextGateway, username == null ? null : () -> token(username));
	}

	/** An HTTP client calling one service directly, for proofs that services do not trust the gateway alone. */
	public static PlatformClient direct(String component, String username) {
		return new PlatformClient(url(component), username == null ? null : () -> token(username));
	}

	private record IssuedToken(String value, Instant expiresAt) {

		static IssuedToken signIn(String username) {
			try {
				String token = DemoLogin.accessToken(http, stack().issuer(), username);
				return new IssuedToken(token, Instant.ofEpochSecond(DemoLogin.claims(token).path("exp").asLong()));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not sign " + username + " in", ex);
			}
		}

		boolean validFor(Duration margin) {
			return Instant.now().plus(margin).isBefore(expiresAt);
		}

	}

}
