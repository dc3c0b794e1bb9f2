package org.refinery.devstack.state;

import org.refinery.devstack.process.Liveness;

import java.time.Instant;
import java.util.List;

/** The running stack: its launcher, when it started, whether it is ready, and its components. */
public record StackState(long launcherPid, Instant startedAt, String phase, String dataDirectory,
		List<ComponentState> components) {

	public StackState {
		components = List.copyOf(components);
	}

	public boolean launcherAlive() {
		return Liveness.running(launcherPid);
	}

}
