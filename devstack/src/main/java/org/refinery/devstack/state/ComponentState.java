package org.refinery.devstack.state;

/**
 * One component as the state file records it. {@code healthCheck} is an http URL or
 * {@code tcp://localhost:port}; {@code pid} is 0 until the process exists. {@code management} is
 * the base URL of the component's management port (actuator: probes and the Prometheus scrape),
 * which is not {@code url}; {@code null} for a component without one (PostgreSQL, Kafka).
 */
public record ComponentState(String name, String url, long pid, String healthCheck, String log, String management) {
}
