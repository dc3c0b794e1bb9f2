package org.refinery.devstack.postgres;

import org.refinery.devstack.process.Liveness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running postmaster found through {@code postmaster.pid} in its data directory. pg_ctl
 * daemonises it, so this file is the only reliable way to find it again.
 */
record Postmaster(ProcessHandle handle) {

	private static final Duration SHUTDOWN = Duration.ofSeconds(60);

	/** The live postmaster of this data directory, if there is one. */
	static Optional<Postmaster> in(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
			return ProcessHandle.of(Long.parseLong(firstLine))
				.filter(Liveness::running)
				.filter(Postmaster::isPostgres)
				.map(Postmaster::new);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * SIGTERM (PostgreSQL's smart shutdown: it waits for the last client) and waits for the exit.
	 * Never SIGKILL: a killed postmaster leaves shared memory behind and needs crash recovery.
	 */
	void terminate() {
		handle.destroy();
		// Still running after a minute: the caller's process check reports it.
		Liveness.awaitExit(List.of(handle), SHUTDOWN);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
	}

}
