package org.refinery.backlog.session.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves. */
final class MovableClock extends Clock {

	volatile Instant now;

	MovableClock(Instant now) {
		this.now = now;
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneOffset getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
