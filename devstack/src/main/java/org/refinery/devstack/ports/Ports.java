package org.refinery.devstack.ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The port of every component; immutable, changed through the withers. With replicas ({@code up
 * --replicas N}) each {@link Port#replicated() replicated} port has N values: {@link #of(Port)}
 * is the first replica's, {@code replicas} holds those of replicas 2 to N in order.
 */
public record Ports(Map<Port, Integer> values, Map<Port, List<Integer>> replicas) {

	/** Between replicas of the default ports: 8080, 8280, 8480...; 8180 and 9092 stay Keycloak's and Kafka's. */
	public static final int REPLICA_STRIDE = 200;

	/** With the stride, replica 6 of the gateway would take 9080, the first gateway's management port. */
	public static final int MAX_REPLICAS = 5;

	public Ports {
		var copy = new EnumMap<Port, Integer>(Port.class);
		copy.putAll(values);
		if (copy.size() != Port.values().length) {
			throw new IllegalArgumentException("Every port needs a value: " + copy.keySet());
		}
		values = Map.copyOf(copy);
		var extra = new EnumMap<Port, List<Integer>>(Port.class);
		replicas.forEach((port, list) -> extra.put(port, List.copyOf(list)));
		if (!extra.isEmpty() && (!extra.keySet().equals(replicatedPorts())
				|| extra.values().stream().map(List::size).distinct().count() != 1)) {
			throw new IllegalArgumentException("Every replicated port needs as many replicas: " + extra);
		}
		replicas = Map.copyOf(extra);
	}

	public Ports(Map<Port, Integer> values) {
		this(values, Map.of());
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
		return free(1);
	}

	/** {@link #free()} for a stack whose gateway and services run {@code count} times each. */
	public static Ports free(int count) {
		requireCount(count);
		var picker = FreePorts.belowEphemeralRange();
		var values = new EnumMap<Port, Integer>(Port.class);
		for (Port port : Port.values()) {
			values.put(port, picker.next());
		}
		var extra = new EnumMap<Port, List<Integer>>(Port.class);
		for (int replica = 2; replica <= count; replica++) {
			for (Port port : replicatedPorts()) {
				extra.computeIfAbsent(port, p -> new ArrayList<>()).add(picker.next());
			}
		}
		return new Ports(values, extra);
	}

	public int of(Port port) {
		return values.get(port);
	}

	/** The port of one replica, counted from 1 (the port of {@link #of(Port)}). */
	public int of(Port port, int replica) {
		if (replica < 1 || replica > replicaCount() || (replica > 1 && !port.replicated())) {
			throw new IllegalArgumentException(port.label() + " has no replica " + replica);
		}
		return replica == 1 ? of(port) : replicas.get(port).get(replica - 2);
	}

	/** How many times the gateway and each service run: 1 unless {@link #withReplicas(int)} said more. */
	public int replicaCount() {
		return replicas.values().stream().findFirst().map(list -> list.size() + 1).orElse(1);
	}

	public Ports with(Port port, int value) {
		requireValid(port, value);
		var changed = new EnumMap<>(values);
		changed.put(port, value);
		return new Ports(changed, replicas);
	}

	/**
	 * {@code count} replicas of the gateway and each service, replica i on its first port plus
	 * (i - 1) × {@link #REPLICA_STRIDE}: backlog-service-2 on 8281 (management 9281) by default.
	 */
	public Ports withReplicas(int count) {
		requireCount(count);
		var extra = new EnumMap<Port, List<Integer>>(Port.class);
		for (int replica = 2; replica <= count; replica++) {
			for (Port port : replicatedPorts()) {
				int value = of(port) + (replica - 1) * REPLICA_STRIDE;
				requireValid(port, value);
				extra.computeIfAbsent(port, p -> new ArrayList<>()).add(value);
			}
		}
		return new Ports(values, extra);
	}

	/** Every port shifted by the same amount: a second stack beside the first. */
	public Ports offsetBy(int offset) {
		Ports shifted = this;
		for (Port port : Port.values()) {
			shifted = shifted.with(port, of(port) + offset);
		}
		var extra = new EnumMap<Port, List<Integer>>(Port.class);
		replicas.forEach((port, list) -> extra.put(port, list.stream().map(value -> {
			requireValid(port, value + offset);
			return value + offset;
		}).toList()));
		return new Ports(shifted.values, extra);
	}

	/**
	 * Fails fast, naming the port and the setting that changes it, when any port is taken. Two
	 * components on one port is a configuration error too.
	 */
	public void requireAvailable() {
		List<String> problems = new ArrayList<>();
		var seen = new LinkedHashMap<Integer, String>();
		for (Port port : Port.values()) {
			for (int replica = 1; replica <= (port.replicated() ? replicaCount() : 1); replica++) {
				String label = replica == 1 ? port.label() : port.label() + " of replica " + replica;
				int value = of(port, replica);
				String other = seen.putIfAbsent(value, label);
				if (other != null) {
					problems.add("port %d is set for both %s and %s (change %s)".formatted(value, other, label,
							port.setting()));
				}
				if (!isFree(value)) {
					problems.add("port %d (%s) is already in use; choose another with %s=<port> or shift all ports with --port-offset=<n>"
						.formatted(value, label, port.setting()));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new PortUnavailable(String.join(System.lineSeparator(), problems));
		}
	}

	private static Set<Port> replicatedPorts() {
		var ports = EnumSet.noneOf(Port.class);
		Arrays.stream(Port.values()).filter(Port::replicated).forEach(ports::add);
		return ports;
	}

	private static void requireCount(int count) {
		if (count < 1 || count > MAX_REPLICAS) {
			throw new IllegalArgumentException("--replicas must be between 1 and " + MAX_REPLICAS + ", not " + count);
		}
	}

	private static void requireValid(Port port, int value) {
		if (value < 1 || value > 65535) {
			throw new IllegalArgumentException(port.setting() + " must be between 1 and 65535, not " + value);
		}
	}

	private static boolean isFree(int port) {
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
