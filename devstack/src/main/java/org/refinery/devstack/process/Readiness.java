package org.refinery.devstack.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waiting for children: until a health check passes, or until a tool run ends. Every wait fails
 * fast when the child dies (quoting its log) and gives up as soon as the stack is stopping.
 */
public final class Readiness {

	private static final Duration POLL = Duration.ofMillis(250);

	private final Supervisor supervisor;

	public Readiness(Supervisor supervisor) {
		this.supervisor = supervisor;
	}

	/** Waits until the check passes and answers how long that took. */
	public Duration await(String name, HealthCheck check, Duration timeout) {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		while (true) {
			supervisor.ensureRunning();
			Optional<Child> child = supervisor.find(name);
			if (child.isPresent() && !child.get().process().isAlive()) {
				supervisor.ensureRunning();
				throw exited(child.get(), "exited with code %d while starting");
			}
			if (check.passes()) {
				return Duration.ofNanos(System.nanoTime() - start);
			}
			if (System.nanoTime() > deadline) {
				String log = child.map(c -> "; see " + c.spec().logFile()).orElse("");
				throw new StartFailed(name + " was not ready within " + timeout.toSeconds() + " s" + log);
			}
			Supervisor.pause(POLL);
		}
	}

	/** Waits for a short-lived child (a tool run) and fails with its output when it fails. */
	public void awaitSuccess(String name, Duration timeout) {
		Child child = supervisor.find(name).orElseThrow(() -> new IllegalStateException(name + " was not started"));
		try {
			if (!child.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new StartFailed(name + " did not finish within " + timeout.toSeconds() + " s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStopped("Interrupted while waiting for " + name);
		}
		supervisor.ensureRunning();
		if (child.process().exitValue() != 0) {
			throw exited(child, "failed with code %d");
		}
	}

	private static StartFailed exited(Child child, String what) {
		Path log = child.spec().logFile();
		return new StartFailed("%s %s; last lines of %s:%n%s".formatted(child.name(),
				what.formatted(child.process().exitValue()), log, LogTail.of(log, 15)));
	}

}
