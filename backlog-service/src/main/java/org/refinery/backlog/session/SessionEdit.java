package org.refinery.backlog.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The command to correct a session; a null field stays as it is. */
public record SessionEdit(String title, Instant startsAt, String facilitator,
		Map<String, Set<String>> representatives, List<UUID> agenda) {
}
