package org.refinery.backlog.session.web;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LiveStreamTest {

	/** Tomcat's answer to finishing a request whose connection already failed and was cleaned up. */
	private static final class FailedConnection extends SseEmitter {

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			throw new IOException("Broken pipe");
		}

		@Override
		public void completeWithError(Throwable ex) {
			throw new IllegalStateException("A non-container (application) thread attempted to use the AsyncContext");
		}

		@Override
		public void complete() {
			throw new IllegalStateException("A non-container (application) thread attempted to use the AsyncContext");
		}

	}

	private final LiveStream stream = new LiveStream(new FailedConnection(), "tess", UUID.randomUUID(), Instant.EPOCH);

	@Test
	void aHeartbeatToAClientWhoseConnectionAlreadyFailedReportsItGoneWithoutThrowing() {
		assertThat(stream.heartbeat()).isFalse();
	}

	@Test
	void endingAStreamWhoseConnectionAlreadyFailedDoesNotThrow() {
		assertThatNoException().isThrownBy(() -> stream.end(Duration.ofSeconds(5)));
	}

}
