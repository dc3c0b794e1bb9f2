package org.refinery.devstack.process;

import java.time.Instant;

/**
 * What the supervisor did about one component's crashes, as {@code status} shows it: how often it
 * restarted it after a crash (restarts somebody asked for are not counted), the exit code of the last crash ({@code null} before any), when it last restarted
 * it ({@code null} before any), the crashes in a row without staying up, and whether it gave up.
 */
public record Restarts(int count, Integer lastExitCode, Instant lastRestartAt, int crashesInARow, boolean gaveUp) {

	public static final Restarts NONE = new Restarts(0, null, null, 0, false);

	Restarts crashed(int exitCode, boolean afterStayingUp) {
		return new Restarts(count, exitCode, lastRestartAt, afterStayingUp ? 1 : crashesInARow + 1, false);
	}

	Restarts restarted(Instant at) {
		return new Restarts(count + 1, lastExitCode, at, crashesInARow, false);
	}

	Restarts abandoned() {
		return new Restarts(count, lastExitCode, lastRestartAt, crashesInARow, true);
	}

	/** A restart somebody asked for (not counted here): the back-off starts afresh. */
	Restarts reset() {
		return new Restarts(count, lastExitCode, lastRestartAt, 0, false);
	}

}
