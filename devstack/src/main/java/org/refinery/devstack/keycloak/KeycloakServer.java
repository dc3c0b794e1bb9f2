package org.refinery.devstack.keycloak;

import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.JavaRuntime;
import org.refinery.devstack.process.ProcessSpec;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.Readiness;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode with the {@code refinery} realm. Development mode keeps its data in
 * an embedded file database inside the unpacked distribution, so users, sessions and realm edits
 * survive restarts; {@code --import-realm} imports the realm only when it does not exist yet.
 */
public final class KeycloakServer {

	public static final String NAME = "keycloak";

	/** Local bootstrap administrator of the master realm; a demo credential. */
	public static final String ADMIN_USERNAME = "admin";

	public static final String ADMIN_PASSWORD = "admin-local-demo";

	private static final String HEAP = "-Xms64m -Xmx384m";

	/**
	 * On Java 24+ the JBoss thread pool resets thread locals through a {@code java.lang} internal; without this
	 * opening its worker threads die with {@code NoClassDefFoundError} and the request they held never answers.
	 */
	private static final String OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED";

	private final KeycloakDistribution distribution;

	private final int httpPort;

	private final int managementPort;

	private final List<String> gatewayOrigins;

	private final Path logFile;

	private final Progress progress;

	private long startedAt;

	public KeycloakServer(Path zip, String version, Path dataDirectory, int httpPort, int managementPort,
			List<String> gatewayOrigins, Path logFile, Progress progress) {
		this.distribution = new KeycloakDistribution(zip, dataDirectory, version);
		this.httpPort = httpPort;
		this.managementPort = managementPort;
		this.gatewayOrigins = List.copyOf(gatewayOrigins);
		this.logFile = logFile;
		this.progress = progress;
	}

	/** Unpacks when needed, writes the realm for import and starts Keycloak without waiting. */
	public void launch(Supervisor supervisor) {
		startedAt = System.nanoTime();
		distribution.ensureUnpacked(progress);
		supervisor.ensureRunning();
		writeRealmImport();
		supervisor.spawn(new ProcessSpec(NAME,
				List.of(distribution.launcher().toString(), "start-dev", "--http-port=" + httpPort,
						"--http-management-port=" + managementPort, "--health-enabled=true", "--import-realm"),
				Map.of("JAVA_HOME", JavaRuntime.current().home().toString(), "JAVA_OPTS_KC_HEAP", HEAP, "JAVA_OPTS_APPEND", OPENS,
						"KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD),
				distribution.home(), logFile));
	}

	/** Waits for the health endpoint and for the realm's discovery document. */
	public void awaitReady(Supervisor supervisor) {
		var readiness = new Readiness(supervisor);
		HealthCheck realm = HealthCheck.http(URI.create(issuer() + "/.well-known/openid-configuration"));
		// Generous: under a second build on 2 cores Keycloak took 230-250 s to import the realm and answer.
		readiness.await(NAME, () -> health().passes() && realm.passes(), Duration.ofSeconds(480));
		distribution.keepBuild(progress);
		progress.info(NAME, "ready on %s in %.1f s (realm %s)".formatted(url(), (System.nanoTime() - startedAt) / 1e9,
				RealmFile.REALM));
	}

	public String url() {
		return "http://localhost:" + httpPort;
	}

	public String issuer() {
		return url() + "/realms/" + RealmFile.REALM;
	}

	public HealthCheck health() {
		return HealthCheck.http(URI.create("http://localhost:" + managementPort + "/health/ready"));
	}

	private void writeRealmImport() {
		Path imports = distribution.home().resolve("data").resolve("import");
		Path origin = imports.resolve(".gateway-origin");
		try {
			Files.createDirectories(imports);
			boolean imported = Files.exists(distribution.home().resolve("data").resolve("h2"));
			if (imported && Files.exists(origin)) {
				var importedFor = List.of(Files.readString(origin, StandardCharsets.UTF_8).strip().split("\\s+"));
				if (!importedFor.containsAll(gatewayOrigins)) {
					progress.warn(NAME, "the realm was imported for gateways at %s, not %s: browser sign-in needs a fresh realm (./refinery up --fresh)"
						.formatted(String.join(" ", importedFor), String.join(" ", gatewayOrigins)));
					return;
				}
			}
			Files.writeString(imports.resolve("refinery-realm.json"), RealmFile.load().forGateways(gatewayOrigins));
			if (!imported) {
				Files.writeString(origin, String.join(" ", gatewayOrigins));
			}
		}
		catch (IOException ex) {
			throw new StartFailed("Could not write the realm import to " + imports + ": " + ex.getMessage(), ex);
		}
	}

}
