package org.refinery.devstack.state;

/**
 * One component as the state file records it. {@code healthCheck} is an http URL or
 * {@code tcp://localhost:port}; {@code pid} is 0 until the process exists.
 */
public record ComponentState(String name, String url, long pid, String healthCheck, String log) {
}
