package org.refinery.dependency.tracking;

import java.util.UUID;

/** No dependency visible to you has this id (answered 404, so ids cannot be probed). */
public class DependencyNotFound extends RuntimeException {

	public DependencyNotFound(UUID id) {
		super("No dependency " + id + " is visible to you");
	}

}
