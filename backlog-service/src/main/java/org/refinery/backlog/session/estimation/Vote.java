package org.refinery.backlog.session.estimation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One person's vote in a round: {@code points}, or null for a pass ("?": cannot say yet). */
public record Vote(String voter, BigDecimal points, Instant castAt) {

	public Vote {
		Objects.requireNonNull(voter, "voter");
		Objects.requireNonNull(castAt, "castAt");
	}

	public boolean pass() {
		return points == null;
	}

}
