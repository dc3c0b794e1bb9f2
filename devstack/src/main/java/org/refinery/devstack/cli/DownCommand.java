package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.Port;
import org.refinery.devstack.postgres.PostgresServer;
import org.refinery.devstack.process.Liveness;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.state.Leftovers;
import org.refinery.devstack.state.StackState;
import org.refinery.devstack.state.StateFile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code down}: asks the launcher to stop (SIGTERM, which runs its ordered stop) and waits. When
 * the launcher is gone (killed hard), stops what it left behind directly.
 */
final class DownCommand {

	private static final Duration WAIT = Duration.ofMinutes(3);

	private final DevstackSettings settings;

	DownCommand(DevstackSettings settings) {
		this.settings = settings;
	}

	int run() {
		var file = new StateFile(settings.dataDirectory());
		Optional<StackState> state = file.read();
		Progress progress = Progress.console();
		Optional<ProcessHandle> launcher = state.flatMap(s -> ProcessHandle.of(s.launcherPid())).filter(Liveness::running);
		if (launcher.isPresent()) {
			progress.info("devstack", "stopping the devstack (launcher pid %d); this takes a few seconds"
				.formatted(launcher.get().pid()));
			launcher.get().destroy();
			if (!Liveness.awaitExit(List.of(launcher.get()), WAIT)) {
				System.err.printf("error: the launcher did not stop within %d s; see %s%n", WAIT.toSeconds(), settings.logs());
				return 1;
			}
			progress.info("devstack", "stopped");
			return 0;
		}
		state.ifPresent(previous -> Leftovers.stop(previous,
				List.of(settings.dataDirectory(), settings.repositoryRoot()), progress));
		new PostgresServer(settings.dataDirectory().resolve("postgres"), settings.ports().of(Port.POSTGRES),
				settings.logOf(PostgresServer.NAME), progress).stop();
		file.delete();
		if (state.isEmpty()) {
			progress.info("devstack", "nothing is running from " + settings.dataDirectory());
		}
		return 0;
	}

}
