package org.refinery.backlog.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTest {

	final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 12);

	@Test
	void thePauseDoublesAfterEachFailure() {
		assertThat(backoff.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(backoff.pauseAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(backoff.pauseAfter(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(backoff.pauseAfter(6)).isEqualTo(Duration.ofSeconds(320));
	}

	@Test
	void thePauseNeverExceedsTheLongest() {
		assertThat(backoff.pauseAfter(7)).isEqualTo(Duration.ofMinutes(10));
		assertThat(backoff.pauseAfter(11)).isEqualTo(Duration.ofMinutes(10));
		assertThat(backoff.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void aDeliveryIsDeadAfterItsLastAttempt() {
		assertThat(backoff.exhausted(11)).isFalse();
		assertThat(backoff.exhausted(12)).isTrue();
	}

	@Test
	void aBackoffWithoutPauseOrAttemptsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
	}

}
