package org.refinery.dependency.tracking;

import java.util.UUID;

/** A refinement session of a product the caller may not see (answered 404, so ids cannot be probed). */
public class SessionNotVisible extends RuntimeException {

	public SessionNotVisible(UUID id) {
		super("No refinement session " + id + " is visible to you");
	}

}
