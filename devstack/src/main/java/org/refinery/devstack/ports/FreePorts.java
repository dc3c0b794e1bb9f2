package org.refinery.devstack.ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports below the kernel's ephemeral range. A port the kernel hands out for {@code bind(0)}
 * lies in the ephemeral range, the same range every outgoing connection takes its local port
 * from; Keycloak binds its ports minutes after they were picked on a busy machine, and in that
 * time a test's or a service's outgoing connection can take the very port ("Address already in
 * use"). Below the range only another listener can take it, and random picks make two stacks
 * started side by side unlikely to meet.
 */
final class FreePorts {

	private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

	/** Linux's default ephemeral range starts here; other systems' ranges start higher. */
	private static final int DEFAULT_EPHEMERAL_START = 32_768;

	private static final int LOWEST = 10_000;

	private static final int ATTEMPTS = 1_000;

	private final int below;

	private final Set<Integer> taken = new HashSet<>();

	FreePorts(int ephemeralStart) {
		this.below = ephemeralStart;
		if (below - LOWEST < 1_000) {
			throw new IllegalStateException("The ephemeral port range starts at " + ephemeralStart
					+ ": too low to pick free ports below it");
		}
	}

	static FreePorts belowEphemeralRange() {
		return new FreePorts(ephemeralStart());
	}

	/** A port no listener holds now, not handed out before by this instance. */
	int next() {
		var random = ThreadLocalRandom.current();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int port = random.nextInt(LOWEST, below);
			if (!taken.contains(port) && bindable(port)) {
				taken.add(port);
				return port;
			}
		}
		throw new IllegalStateException("No free port between " + LOWEST + " and " + below);
	}

	static int ephemeralStart() {
		try {
			// readAllLines, not readString: on this /proc file (size 0) readString returned one byte.
			String[] range = Files.readAllLines(RANGE).getFirst().trim().split("\\s+");
			return Integer.parseInt(range[0]);
		}
		catch (IOException | RuntimeException unreadable) {
			return DEFAULT_EPHEMERAL_START;
		}
	}

	private static boolean bindable(int port) {
		try (var socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException inUse) {
			return false;
		}
	}

}
