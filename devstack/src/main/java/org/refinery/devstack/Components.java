package org.refinery.devstack;

import org.refinery.devstack.kafka.KafkaBroker;
import org.refinery.devstack.keycloak.KeycloakServer;
import org.refinery.devstack.ports.Port;
import org.refinery.devstack.ports.Ports;
import org.refinery.devstack.postgres.PostgresServer;
import org.refinery.devstack.process.Child;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.Restarts;
import org.refinery.devstack.process.Supervisor;
import org.refinery.devstack.services.ServiceFleet;
import org.refinery.devstack.state.ComponentState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The platform's components, wired to the settings, and how each one shows in the state. */
final class Components {

	private final DevstackSettings settings;

	private final Supervisor supervisor;

	private final PostgresServer postgres;

	private final KafkaBroker kafka;

	private final KeycloakServer keycloak;

	private final ServiceFleet fleet;

	private final Function<String, Restarts> restarts;

	Components(DevstackSettings settings, BuildVersions versions, Supervisor supervisor, Progress progress,
			Function<String, Restarts> restarts) {
		this.settings = settings;
		this.supervisor = supervisor;
		this.restarts = restarts;
		Ports ports = settings.ports();
		Path data = settings.dataDirectory();
		this.postgres = new PostgresServer(data.resolve("postgres"), ports.of(Port.POSTGRES),
				settings.logOf(PostgresServer.NAME), progress);
		this.kafka = new KafkaBroker(data.resolve("kafka"), ports.of(Port.KAFKA), ports.of(Port.KAFKA_CONTROLLER),
				settings.devstackBuild().resolve("kafka-lib"), settings.logOf(KafkaBroker.NAME), progress);
		Path zip = settings.devstackBuild().resolve("keycloak").resolve("keycloak-quarkus-dist-" + versions.keycloak() + ".zip");
		this.keycloak = new KeycloakServer(zip, versions.keycloak(), data, ports.of(Port.KEYCLOAK),
				ports.of(Port.KEYCLOAK_MANAGEMENT), gatewayOrigins(ports),
				settings.logOf(KeycloakServer.NAME), progress);
		this.fleet = new ServiceFleet(settings.repositoryRoot(), versions.refinery(), ports, settings.logs(), progress);
	}

	/** Every gateway replica's origin: Keycloak's clients must send browsers back to each one. */
	private static List<String> gatewayOrigins(Ports ports) {
		var origins = new ArrayList<String>();
		for (int replica = 1; replica <= ports.replicaCount(); replica++) {
			origins.add("http://localhost:" + ports.of(Port.GATEWAY, replica));
		}
		return origins;
	}

	PostgresServer postgres() {
		return postgres;
	}

	KafkaBroker kafka() {
		return kafka;
	}

	KeycloakServer keycloak() {
		return keycloak;
	}

	ServiceFleet fleet() {
		return fleet;
	}

	/** In start order; the stop goes the other way. */
	List<ComponentState> states() {
		Ports ports = settings.ports();
		var states = new ArrayList<ComponentState>();
		states.add(new ComponentState(PostgresServer.NAME, "jdbc:postgresql://localhost:" + ports.of(Port.POSTGRES) + "/",
				postgres.pid(), "tcp://localhost:" + ports.of(Port.POSTGRES), log(PostgresServer.NAME), null));
		states.add(new ComponentState(KafkaBroker.NAME, kafka.bootstrapServers(), pid(KafkaBroker.NAME),
				"tcp://localhost:" + ports.of(Port.KAFKA), log(KafkaBroker.NAME), null));
		String keycloakManagement = "http://localhost:" + ports.of(Port.KEYCLOAK_MANAGEMENT);
		states.add(new ComponentState(KeycloakServer.NAME, keycloak.url(), pid(KeycloakServer.NAME),
				keycloakManagement + "/health/ready", log(KeycloakServer.NAME), keycloakManagement));
		for (String name : fleet.names()) {
			states.add(new ComponentState(name, fleet.url(name), pid(name), fleet.readiness(name).toString(), log(name),
					fleet.managementUrl(name)).withRestarts(restarts.apply(name)));
		}
		return states;
	}

	/** Keeps the previous run's logs as {@code <component>.log.1}. */
	void rotateLogs() {
		try {
			Files.createDirectories(settings.logs());
			try (var logs = Files.newDirectoryStream(settings.logs(), "*.log")) {
				for (Path log : logs) {
					Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long pid(String name) {
		return supervisor.find(name).map(Child::process).map(Process::pid).orElse(0L);
	}

	private String log(String name) {
		return settings.logOf(name).toString();
	}

}
