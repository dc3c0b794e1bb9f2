package org.refinery.backlog.session.presence;

import java.util.UUID;

/** Someone arrived in or left the session's workspace; the pages ask who is present now. */
public record PresenceChanged(UUID sessionId) {
}
