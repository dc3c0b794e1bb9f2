package org.refinery.devstack.ports;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The port of every component; immutable, changed through the withers. */
public record Ports(Map<Port, Integer> values) {

	public Ports {
		var copy = new EnumMap<Port, Integer>(Port.class);
		copy.putAll(values);
		if (copy.size() != Port.values().length) {
			throw new IllegalArgumentException("Every port needs a value: " + copy.keySet());
		}
		values = Map.copyOf(copy);
	}

	public static Ports defaults() {
		var values = new EnumMap<Port, Integer>(Port.class);
		Arrays.stream(Port.values()).forEach(port -> values.put(port, port.defaultPort()));
		return new Ports(values);
	}

	/**
	 * Free ports for tests that run beside a developer's stack, picked below the kernel's
	 * ephemeral range so that no outgoing connection can take one before its component binds it
	 * (see {@link FreePorts}).
	 */
	public static Ports free() {
		var picker = FreePorts.belowEphemeralRange();
		var values = new EnumMap<Port, Integer>(Port.class);
		for (Port port : Port.values()) {
			values.put(port, picker.next());
		}
		return new Ports(values);
	}

	public int of(Port port) {
		return values.get(port);
	}

	public Ports with(Port port, int value) {
		if (value < 1 || value > 65535) {
			throw new IllegalArgumentException(port.setting() + " must be between 1 and 65535, not " + value);
		}
		var changed = new EnumMap<>(values);
		changed.put(port, value);
		return new Ports(changed);
	}

	/** Every port shifted by the same amount: a second stack beside the first. */
	public Ports offsetBy(int offset) {
		Ports shifted = this;
		for (Port port : Port.values()) {
			shifted = shifted.with(port, of(port) + offset);
		}
		return shifted;
	}

	/**
	 * Fails fast, naming the port and the setting that changes it, when any port is taken. Two
	 * components on one port is a configuration error too.
	 */
	public void requireAvailable() {
		List<String> problems = new ArrayList<>();
		var seen = new EnumMap<Port, Integer>(Port.class);
		for (Port port : Port.values()) {
			seen.entrySet()
				.stream()
				.filter(other -> other.getValue() == of(port))
				.findFirst()
				.ifPresent(other -> problems.add("port %d is set for both %s and %s (change %s)"
					.formatted(of(port), other.getKey().label(), port.label(), port.setting())));
			seen.put(port, of(port));
			if (!isFree(of(port))) {
				problems.add("port %d (%s) is already in use; choose another with %s=<port> or shift all ports with --port-offset=<n>"
					.formatted(of(port), port.label(), port.setting()));
			}
		}
		if (!problems.isEmpty()) {
			throw new PortUnavailable(String.join(System.lineSeparator(), problems));
		}
	}

	private static boolean isFree(int port) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new java.net.InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
