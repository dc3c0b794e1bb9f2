package org.refinery.backlog.session.web;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.session.SessionStatus;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionEventTest {

	@Test
	void anEventSurvivesItsWayToAnotherReplicaAsANotice() {
		var outcome = new SessionEvent(UUID.randomUUID(), 7, SessionStatus.OPEN, "outcome-recorded", UUID.randomUUID());
		var closed = new SessionEvent(UUID.randomUUID(), 9, SessionStatus.CLOSED, "closed", null);

		assertThat(SessionEvent.fromNotice(outcome.toNotice())).isEqualTo(outcome);
		assertThat(SessionEvent.fromNotice(closed.toNotice())).isEqualTo(closed);
	}

	@Test
	void aNoticeThatIsNoSessionEventIsRefused() {
		assertThatThrownBy(() -> SessionEvent.fromNotice("PAY")).isInstanceOf(IllegalArgumentException.class);
	}

}
