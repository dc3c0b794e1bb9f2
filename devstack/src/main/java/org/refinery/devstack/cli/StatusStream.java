package org.refinery.devstack.cli;

import org.refinery.devstack.Devstack;
import org.refinery.devstack.process.ResidentMemory;
import org.refinery.devstack.state.ComponentHealth;
import org.refinery.devstack.state.ComponentState;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A compact status line whenever a component's health changes, and once a minute anyway with the
 * total resident memory of the launcher and every process it started.
 */
final class StatusStream {

	private static final Duration POLL = Duration.ofSeconds(5);

	private static final Duration HEARTBEAT = Duration.ofMinutes(1);

	private final Devstack stack;

	private final PrintStream out;

	StatusStream(Devstack stack, PrintStream out) {
		this.stack = stack;
		this.out = out;
	}

	void follow() {
		String last = "";
		long lastPrinted = 0;
		while (!stack.stopping()) {
			String health = line();
			boolean due = System.nanoTime() - lastPrinted > HEARTBEAT.toNanos();
			if ((!health.equals(last) || due) && !stack.stopping()) {
				out.printf("%s  %-18s %s · RSS %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
						"status", health, gigabytes());
				last = health;
				lastPrinted = System.nanoTime();
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private String line() {
		var down = new ArrayList<String>();
		var components = stack.components();
		for (ComponentState component : components) {
			String health = ComponentHealth.of(component);
			if (!"UP".equals(health)) {
				down.add(component.name() + " " + health + " (see " + component.log() + ")");
			}
		}
		if (down.isEmpty()) {
			return "all " + components.size() + " components up";
		}
		return down.stream().collect(Collectors.joining("; "));
	}

	private String gigabytes() {
		Set<Long> pids = new java.util.HashSet<>(stack.processIds());
		pids.add(ProcessHandle.current().pid());
		return "%.2f GB in %d processes".formatted(ResidentMemory.of(pids) / 1e9, pids.size());
	}

}
