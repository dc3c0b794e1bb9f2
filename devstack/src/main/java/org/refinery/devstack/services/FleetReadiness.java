package org.refinery.devstack.services;

import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.Readiness;
import org.refinery.devstack.process.StackStopped;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Waits for the fleet's processes to be ready, all at once, and says how long each took. A service
 * that fails its start because a migration it had applied was changed since gets the one hint that
 * helps: start with a fresh database.
 */
final class FleetReadiness {

	/** Generous: on a 2-core machine shared with a second build, services took up to 230 s to become ready. */
	private static final Duration READY_TIMEOUT = Duration.ofSeconds(480);

	private final Readiness readiness;

	private final Path logs;

	private final Progress progress;

	FleetReadiness(Supervisor supervisor, Path logs, Progress progress) {
		this.readiness = new Readiness(supervisor);
		this.logs = logs;
		this.progress = progress;
	}

	void await(List<String> names, Function<String, HealthCheck> health, Function<String, String> url) {
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var waits = new ArrayList<Future<?>>();
			for (String name : names) {
				waits.add(executor.submit(() -> {
					Duration took = awaitOne(name, health.apply(name));
					progress.info(name, "ready on %s (%.1f s)".formatted(url.apply(name), took.toMillis() / 1e3));
				}));
			}
			for (Future<?> wait : waits) {
				wait.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new StartFailed(ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStopped("Interrupted while waiting for the services");
		}
	}

	private Duration awaitOne(String name, HealthCheck health) {
		try {
			return readiness.await(name, health, READY_TIMEOUT);
		}
		catch (StartFailed failure) {
			if (StartupHints.migrationChanged(logs.resolve(name + ".log"))) {
				throw new StartFailed(failure.getMessage() + System.lineSeparator() + "A database migration of " + name
						+ " changed after the devstack applied it; start with a fresh database: ./refinery up --fresh", failure);
			}
			throw failure;
		}
	}

}
