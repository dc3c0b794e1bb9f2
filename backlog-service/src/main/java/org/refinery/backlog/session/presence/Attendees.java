package org.refinery.backlog.session.presence;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The people present in sessions, one record per person, session and replica holding their stream. */
public interface Attendees {

	/** Records the person present through the replica now; true if they were not recorded so before. */
	boolean renew(UUID sessionId, String username, UUID replica);

	/** Removes the person's record of the replica; true if there was one. */
	boolean leave(UUID sessionId, String username, UUID replica);

	/** The people of the session seen within {@code expiry}, by name. */
	List<String> present(UUID sessionId, Duration expiry);

	/** Removes the records not renewed within {@code expiry}; the sessions they were of. */
	Set<UUID> expire(Duration expiry);

}
