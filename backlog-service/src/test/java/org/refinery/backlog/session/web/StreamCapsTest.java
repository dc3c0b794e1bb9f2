package org.refinery.backlog.session.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StreamCapsTest {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final StreamCaps caps = new StreamCaps(SessionStreamsTest.SETTINGS, meters);

	final UUID session = UUID.randomUUID();

	@Test
	void aFourthStreamOfOneUserOnOneSessionIsRefusedWithARetryAfterOfThreeHeartbeats() {
		admit("tess", session, 3);

		assertThatExceptionOfType(TooManyStreams.class).isThrownBy(() -> caps.admit("tess", session))
			.satisfies(refused -> assertThat(refused.limit()).isEqualTo("user-and-session"))
			.satisfies(refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
			.withMessageContaining("try again in 30 s");
		assertThat(meters.counter("refinery.session.streams.refused", "limit", "user-and-session").count()).isOne();
		assertThat(openGauge()).isEqualTo(3);
	}

	@Test
	void anotherUserAndAnotherSessionAreStillAdmittedUntilTheTotalIsReached() {
		admit("tess", session, 3);
		admit("tess", UUID.randomUUID(), 1);
		admit("theo", session, 1);
		admit("paul", session, 3);

		assertThat(openGauge()).isEqualTo(SessionStreamsTest.SETTINGS.total());
		assertThatExceptionOfType(TooManyStreams.class).isThrownBy(() -> caps.admit("nora", UUID.randomUUID()))
			.satisfies(refused -> assertThat(refused.limit()).isEqualTo("total"));
	}

	@Test
	void oneUserCannotTakeTheWholeTotalOverManySessions() {
		for (int i = 0; i < SessionStreamsTest.SETTINGS.perUser(); i++) {
			caps.admit("tess", UUID.randomUUID());
		}

		assertThatExceptionOfType(TooManyStreams.class).isThrownBy(() -> caps.admit("tess", UUID.randomUUID()))
			.satisfies(refused -> assertThat(refused.limit()).isEqualTo("user"));
	}

	@Test
	void aReleasedStreamFreesItsSlotForTheSameUser() {
		admit("tess", session, 3);

		caps.release("tess", session);
		caps.admit("tess", session);

		assertThat(openGauge()).isEqualTo(3);
	}

	private void admit(String user, UUID on, int count) {
		for (int i = 0; i < count; i++) {
			caps.admit(user, on);
		}
	}

	private double openGauge() {
		return meters.get("refinery.session.streams.open").gauge().value();
	}

}
