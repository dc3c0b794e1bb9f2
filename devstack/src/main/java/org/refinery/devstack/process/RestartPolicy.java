package org.refinery.devstack.process;

import java.time.Duration;

/**
 * When a crashed component is started again. The wait doubles with every crash in a row (1 s,
 * 2 s, 4 s … up to {@code cap}), so a component that cannot start does not spin the machine; a
 * component that stayed ready for {@code stable} before it crashed starts the count afresh, and
 * after {@code attempts} restarts in a row that all crashed again the supervisor gives up (a
 * requested restart starts the count afresh too).
 */
public record RestartPolicy(Duration initial, Duration cap, Duration stable, int attempts) {

	public RestartPolicy {
		if (initial.isNegative() || cap.compareTo(initial) < 0 || stable.isNegative() || attempts < 1) {
			throw new IllegalArgumentException("A restart policy needs 0 <= initial <= cap, stable >= 0 and attempts >= 1");
		}
	}

	/** 1 s doubling to 30 s, reset after 2 minutes ready, 8 restarts in a row at most. */
	public static RestartPolicy standard() {
		return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2), 8);
	}

	/** The wait before the given restart in a row (the first is 1). */
	public Duration delayBefore(int attempt) {
		if (attempt < 1) {
			throw new IllegalArgumentException("Attempts count from 1, not " + attempt);
		}
		Duration delay = initial;
		for (int i = 1; i < attempt && delay.compareTo(cap) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

	/** Whether a crash that would need this restart in a row is one too many. */
	public boolean givesUpBefore(int attempt) {
		return attempt > attempts;
	}

	/** Whether a component ready for this long before it crashed starts the count afresh. */
	public boolean stayedUp(Duration ready) {
		return ready.compareTo(stable) >= 0;
	}

}
