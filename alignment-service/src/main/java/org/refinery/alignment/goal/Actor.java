package org.refinery.alignment.goal;

import java.util.Objects;

/** Who did something: the token subject and the name people recognise. */
public record Actor(String subject, String username) {

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(username, "username");
	}

}
