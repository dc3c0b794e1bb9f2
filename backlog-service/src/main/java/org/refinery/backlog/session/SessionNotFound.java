package org.refinery.backlog.session;

import java.util.UUID;

/** No such session in a product the caller may see (answered 404). */
public class SessionNotFound extends RuntimeException {

	public SessionNotFound(UUID id) {
		super("No refinement session " + id + " is visible to you");
	}

}
