package org.refinery.devstack.state;

import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.Liveness;

import java.net.URI;

/** Probes a component as its state entry describes it: UP, DOWN (alive, not answering) or STOPPED. */
public final class ComponentHealth {

	private ComponentHealth() {
	}

	public static String of(ComponentState component) {
		boolean alive = component.pid() > 0 && Liveness.running(component.pid());
		if (!alive) {
			return "STOPPED";
		}
		return check(component.healthCheck()).passes() ? "UP" : "DOWN";
	}

	static HealthCheck check(String healthCheck) {
		URI uri = URI.create(healthCheck);
		return "tcp".equals(uri.getScheme()) ? HealthCheck.tcp(uri.getPort()) : HealthCheck.http(uri);
	}

}
