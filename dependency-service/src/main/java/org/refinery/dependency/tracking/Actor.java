package org.refinery.dependency.tracking;

import java.util.Objects;

/** Who caused a change: the token subject and the name people recognise, or this service itself. */
public record Actor(String subject, String username) {

	/** Changes the service makes on its own, e.g. resolving a dependency whose prerequisite is DONE. */
	public static final Actor SERVICE = new Actor("dependency-service", "dependency-service");

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(username, "username");
	}

}
