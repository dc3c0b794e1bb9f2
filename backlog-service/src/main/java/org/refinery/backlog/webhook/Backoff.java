package org.refinery.backlog.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code first}, then twice as long after each further
 * failure, never longer than {@code longest}; after {@code attempts} tries the delivery is dead.
 * Doubling keeps a receiver that is down for a while from being hammered, the cap keeps one that
 * comes back from waiting hours.
 *
 * @param first the pause after the first failure
 * @param longest the longest pause
 * @param attempts how many times a delivery is tried in all before it is dead
 */
public record Backoff(Duration first, Duration longest, int attempts) {

	public Backoff {
		if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
			throw new IllegalArgumentException("Back-off needs 0 < first <= longest, got " + first + " and " + longest);
		}
		if (attempts < 1) {
			throw new IllegalArgumentException("A delivery is tried at least once, got " + attempts);
		}
	}

	/** The pause after the {@code failed}-th failed attempt (1 = the first one). */
	public Duration pauseAfter(int failed) {
		Duration pause = first;
		for (int i = 1; i < failed && pause.compareTo(longest) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(longest) < 0 ? pause : longest;
	}

	/** Whether a delivery that failed {@code failed} times is dead. */
	public boolean exhausted(int failed) {
		return failed >= attempts;
	}

}
