package org.refinery.devstack.process;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Starts a crashed component again, as a Kubernetes kubelet would: after a back-off that grows
 * with every crash in a row ({@link RestartPolicy}), then waits for its readiness again. Only the
 * components it {@link #watch watches} are restarted (the crash of another child is only
 * reported), and only after an exit nobody asked for: a stop or kill through the
 * {@link Supervisor} holds the component down, and once the stack stops nothing starts again.
 * Every crash, restart and give-up is reported on the progress output and to the {@code changed}
 * callback, which records it in the state file for {@code status}.
 */
public final class CrashRecovery implements Supervisor.ExitListener {

	private final Supervisor supervisor;

	private final RestartPolicy policy;

	private final Progress progress;

	private final Consumer<String> awaitReady;

	private final Runnable changed;

	private final InstantSource clock = InstantSource.system();

	private final Map<String, Restarts> restarts = new ConcurrentHashMap<>();

	/** When each watched component last became ready; absent while it is down or starting. */
	private final Map<String, Instant> readySince = new ConcurrentHashMap<>();

	private volatile Set<String> watched = Set.of();

	/**
	 * @param awaitReady waits until the named component is ready, throwing {@link StartFailed} if
	 * it exits or stays unready too long
	 * @param changed called after every change of a component's {@link Restarts}
	 */
	public CrashRecovery(Supervisor supervisor, RestartPolicy policy, Progress progress, Consumer<String> awaitReady,
			Runnable changed) {
		this.supervisor = supervisor;
		this.policy = policy;
		this.progress = progress;
		this.awaitReady = awaitReady;
		this.changed = changed;
	}

	/** Restarts these components from now on when they crash; each counts as ready from now. */
	public void watch(List<String> names) {
		Instant now = clock.instant();
		names.forEach(name -> readySince.put(name, now));
		watched = Set.copyOf(names);
		supervisor.onUnexpectedExit(this);
	}

	/** What happened to one component's crashes so far. */
	public Restarts of(String name) {
		return restarts.getOrDefault(name, Restarts.NONE);
	}

	/** A restart somebody asked for: the back-off starts afresh, even after a give-up. */
	public void reset(String name) {
		restarts.computeIfPresent(name, (key, previous) -> previous.reset());
		readySince.put(name, clock.instant());
	}

	@Override
	public void exited(Child child, int exitCode) {
		String name = child.name();
		if (!watched.contains(name)) {
			if (exitCode != 0) {
				progress.warn(name, "exited unexpectedly with code %d; not restarted by itself (see %s; ./refinery restart %s)"
					.formatted(exitCode, child.spec().logFile(), name));
			}
			return;
		}
		Instant ready = readySince.remove(name);
		boolean stayedUp = ready != null && policy.stayedUp(Duration.between(ready, clock.instant()));
		Restarts now = restarts.merge(name, Restarts.NONE.crashed(exitCode, stayedUp),
				(previous, ignored) -> previous.crashed(exitCode, stayedUp));
		int attempt = now.crashesInARow();
		if (policy.givesUpBefore(attempt)) {
			restarts.computeIfPresent(name, (key, previous) -> previous.abandoned());
			progress.warn(name, "exited with code %d, the %d. crash in a row; not restarting it again (see %s; ./refinery restart %s)"
				.formatted(exitCode, attempt, child.spec().logFile(), name));
			changed.run();
			return;
		}
		Duration delay = policy.delayBefore(attempt);
		progress.warn(name, "exited unexpectedly with code %d; restarting it in %s (attempt %d of %d in a row)"
			.formatted(exitCode, seconds(delay), attempt, policy.attempts()));
		changed.run();
		Thread.ofVirtual().name("restart-" + name).start(() -> restartAfter(delay, child));
	}

	private void restartAfter(Duration delay, Child crashed) {
		String name = crashed.name();
		try {
			Supervisor.pause(delay);
			Process process = supervisor.respawnAfterCrash(crashed).orElse(null);
			if (process == null) {
				return;
			}
			Restarts now = restarts.computeIfPresent(name, (key, previous) -> previous.restarted(clock.instant()));
			progress.info(name, "restarted after a crash (pid %d, restart %d); waiting for readiness"
				.formatted(process.pid(), now.count()));
			changed.run();
			awaitReady.accept(name);
			if (supervisor.find(name).map(Child::process).filter(process::equals).isPresent()) {
				readySince.put(name, clock.instant());
				progress.info(name, "ready again after restart " + now.count());
				changed.run();
			}
		}
		catch (StartFailed failure) {
			// A restart that exits again is the next crash, reported by its own exit; one that stays unready is left running.
			if (supervisor.find(name).map(child -> child.process().isAlive()).orElse(false)) {
				progress.warn(name, "restarted but not ready: " + failure.getMessage());
			}
		}
		catch (StackStopped stopping) {
			// the stack is stopping: nothing to restart
		}
	}

	private static String seconds(Duration delay) {
		return delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s" : delay.toMillis() + " ms";
	}

}
