package org.refinery.backlog.session.estimation;

import java.util.UUID;

/** No such round in a session the caller may see (answered 404). */
public class RoundNotFound extends RuntimeException {

	public RoundNotFound(UUID id) {
		super("No estimation round " + id + " in this refinement session");
	}

}
