package org.refinery.devstack.process;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A child process and its descendants, as they are at this moment: Keycloak's and Kafka's
 * launchers start the JVM that does the work as a child of their own, and stopping only the
 * launcher would leave that JVM running. A stop or a kill answers once the child itself has been
 * collected, because until then {@link Process#isAlive()} still says true.
 */
record ProcessTree(Process root, List<ProcessHandle> processes) {

	private static final Duration KILL_WAIT = Duration.ofSeconds(10);

	static ProcessTree of(Process root) {
		ProcessHandle handle = root.toHandle();
		return new ProcessTree(root, Stream.concat(Stream.of(handle), handle.descendants()).toList());
	}

	boolean running() {
		return processes.stream().anyMatch(Liveness::running);
	}

	Set<Long> livePids() {
		return processes.stream().filter(Liveness::running).map(ProcessHandle::pid).collect(Collectors.toSet());
	}

	/** SIGKILL to every process of the tree, as {@code kill -9}. */
	void kill() {
		processes.forEach(ProcessHandle::destroyForcibly);
		Liveness.awaitExit(processes, KILL_WAIT);
		collected(root);
	}

	/** SIGTERM, then SIGKILL to what is left after the grace; whether SIGTERM was enough. */
	boolean terminate(Duration grace) {
		processes.forEach(ProcessHandle::destroy);
		boolean stopped = Liveness.awaitExit(processes, grace);
		if (!stopped) {
			processes.stream().filter(Liveness::running).forEach(ProcessHandle::destroyForcibly);
			Liveness.awaitExit(processes, KILL_WAIT);
		}
		collected(root);
		return stopped;
	}

	/**
	 * Whether the process has exited, waiting briefly: a process killed a moment ago is a zombie
	 * until the JDK's reaper collects it, and only then does {@link Process#isAlive()} say so.
	 */
	static boolean collected(Process process) {
		try {
			return process.waitFor(3, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackStopped("Interrupted while waiting for " + process.pid() + " to exit");
		}
	}

}
