package org.refinery.backlog.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The command to schedule a refinement session; the facilitator defaults to whoever schedules. */
public record ScheduleSession(String title, Instant startsAt, String facilitator,
		Map<String, Set<String>> representatives, List<UUID> agenda) {
}
