package org.refinery.devstack;

import org.refinery.devstack.kafka.KafkaBroker;
import org.refinery.devstack.keycloak.KeycloakServer;
import org.refinery.devstack.process.CrashRecovery;
import org.refinery.devstack.process.Supervisor;
import org.refinery.devstack.services.ServiceFleet;

import java.time.Duration;
import java.util.List;

/**
 * One component at a time on a ready stack: the kills and stops of fault tests, which hold the
 * component down until it is restarted, and the restarts of tests and {@code ./refinery restart}.
 * Every change is written to the state file at once, since {@code status} reads PIDs from there.
 */
final class ComponentControl {

	private final Supervisor supervisor;

	private final Components components;

	private final StateRecorder state;

	private final CrashRecovery recovery;

	private final Duration grace;

	ComponentControl(Supervisor supervisor, Components components, StateRecorder state, CrashRecovery recovery,
			Duration grace) {
		this.supervisor = supervisor;
		this.components = components;
		this.state = state;
		this.recovery = recovery;
		this.grace = grace;
	}

	void kill(String component) {
		supervisor.kill(requireRestartable(component));
		state.refresh();
	}

	void stop(String component) {
		supervisor.stop(List.of(requireRestartable(component)), grace);
		state.refresh();
	}

	void restart(String component) {
		requireRestartable(component);
		supervisor.stop(List.of(component), grace);
		recovery.reset(component);
		if (KafkaBroker.NAME.equals(component)) {
			components.kafka().start(supervisor);
			state.refresh();
			return;
		}
		supervisor.respawn(component);
		state.refresh();
		if (KeycloakServer.NAME.equals(component)) {
			components.keycloak().awaitReady(supervisor);
			return;
		}
		components.fleet().awaitReady(supervisor, List.of(component));
		state.refresh();
	}

	/** PostgreSQL is a daemon of its own that every service holds connections to: only down and up restart it. */
	private String requireRestartable(String component) {
		if (!components.fleet().names().contains(component) && !KafkaBroker.NAME.equals(component)
				&& !KeycloakServer.NAME.equals(component)) {
			throw new IllegalArgumentException("Not a component that can be stopped and restarted alone: " + component
					+ " (services, gateway, kafka, keycloak)");
		}
		if (!"ready".equals(state.current().phase())) {
			throw new IllegalStateException("The stack is " + state.current().phase() + ", not ready");
		}
		return component;
	}

}
