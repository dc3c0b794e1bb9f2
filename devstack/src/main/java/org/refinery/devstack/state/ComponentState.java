package org.refinery.devstack.state;

import org.refinery.devstack.process.Restarts;

/**
 * One component as the state file records it. {@code healthCheck} is an http URL or
 * {@code tcp://localhost:port}; {@code pid} is 0 until the process exists. {@code management} is
 * the base URL of the component's management port (actuator: probes and the Prometheus scrape),
 * which is not {@code url}; {@code null} for a component without one (PostgreSQL, Kafka).
 * {@code restarts} is what the crash recovery did about it (none for a file written before it
 * existed).
 */
public record ComponentState(String name, String url, long pid, String healthCheck, String log, String management,
		Restarts restarts) {

	public ComponentState {
		restarts = restarts == null ? Restarts.NONE : restarts;
	}

	public ComponentState(String name, String url, long pid, String healthCheck, String log, String management) {
		this(name, url, pid, healthCheck, log, management, Restarts.NONE);
	}

	public ComponentState withRestarts(Restarts changed) {
		return new ComponentState(name, url, pid, healthCheck, log, management, changed);
	}

}
