package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.state.StackState;
import org.refinery.devstack.state.StateFile;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code restart <component>}: asks the running launcher to restart one component (stop it
 * gracefully if it runs, start it again, wait for its readiness) and reports how that went.
 */
final class RestartCommand {

	/** A service's start took up to 230 s on a busy 2-core machine; its readiness wait allows 480 s. */
	private static final Duration WAIT = Duration.ofMinutes(9);

	private final DevstackSettings settings;

	private final Arguments arguments;

	RestartCommand(DevstackSettings settings, Arguments arguments) {
		this.settings = settings;
		this.arguments = arguments;
	}

	int run() {
		if (arguments.positional().size() != 1) {
			throw new Arguments.UsageError("restart needs one component, e.g. ./refinery restart backlog-service");
		}
		String component = arguments.positional().getFirst();
		var file = new StateFile(settings.dataDirectory());
		Optional<StackState> state = file.read().filter(StackState::launcherAlive);
		if (state.isEmpty()) {
			System.err.println("error: no devstack is running from " + settings.dataDirectory() + " (start one with ./refinery up)");
			return 3;
		}
		System.out.printf("restarting %s (launcher pid %d); a service takes up to a few minutes to be ready%n", component,
				state.get().launcherPid());
		var answer = new RestartRequests(settings.dataDirectory()).submit(component,
				() -> file.read().map(StackState::launcherAlive).orElse(false), WAIT);
		if (!answer.restarted()) {
			System.err.println("error: " + answer.message());
			return 1;
		}
		System.out.println(answer.message());
		return 0;
	}

}
