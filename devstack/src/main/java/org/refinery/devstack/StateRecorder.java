package org.refinery.devstack;

import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.state.Leftovers;
import org.refinery.devstack.state.StackState;
import org.refinery.devstack.state.StateFile;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Keeps {@code state.json} in step with the stack, so other terminals can see and stop it. */
final class StateRecorder {

	private final DevstackSettings settings;

	private final Components components;

	private final StateFile file;

	private final Instant startedAt = Instant.now();

	private volatile String phase = "starting";

	private volatile boolean owned;

	StateRecorder(DevstackSettings settings, Components components) {
		this.settings = settings;
		this.components = components;
		this.file = new StateFile(settings.dataDirectory());
	}

	/**
	 * Refuses to start beside a live launcher of the same data directory, and stops what a dead
	 * one left running.
	 */
	void claim(Progress progress) {
		file.read().ifPresent(previous -> {
			if (previous.launcherAlive() && previous.launcherPid() != ProcessHandle.current().pid()) {
				throw new StartFailed("A devstack already runs from %s (launcher pid %d): stop it with ./refinery down"
					.formatted(settings.dataDirectory(), previous.launcherPid()));
			}
			Leftovers.stop(previous, List.of(settings.dataDirectory(), settings.repositoryRoot()), progress);
			file.delete();
		});
	}

	/** Whether this stack has written the state: from then on it has things to stop. */
	boolean owned() {
		return owned;
	}

	synchronized void record(String newPhase) {
		owned = true;
		phase = newPhase;
		file.write(current());
	}

	/**
	 * Writes the components again while the stack is ready: a restart changes a PID and the
	 * restart counts, which {@code status} reads from the file. Quiet, like the stop path: a crash
	 * recovery goes on even when the disk is full.
	 */
	synchronized void refresh() {
		if (owned && "ready".equals(phase)) {
			recordQuietly(phase);
		}
	}

	/** For the stop path, which must go on even when the disk is full. */
	void recordQuietly(String newPhase) {
		try {
			record(newPhase);
		}
		catch (UncheckedIOException ex) {
			// the stop matters more than the state file
		}
	}

	void release() {
		if (owned) {
			file.delete();
		}
	}

	StackState current() {
		return new StackState(ProcessHandle.current().pid(), startedAt, phase, settings.dataDirectory().toString(),
				components.states());
	}

}
