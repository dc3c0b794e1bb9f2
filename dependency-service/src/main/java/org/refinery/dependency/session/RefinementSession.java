package org.refinery.dependency.session;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A refinement session as the latest applied session event described it. {@code version} is the
 * session's aggregate version in the backlog service.
 */
public record RefinementSession(UUID id, UUID productId, String title, SessionStatus status, long version) {

	public RefinementSession {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
	}

	/** Whether this state should replace the stored one: only a strictly newer version does. */
	public boolean supersedes(Optional<RefinementSession> stored) {
		return stored.map(current -> version > current.version()).orElse(true);
	}

	/** Where a session is: planned, under way, held and closed, or called off before it was held. */
	public enum SessionStatus {

		SCHEDULED, OPEN, CLOSED, CANCELLED

	}

}
