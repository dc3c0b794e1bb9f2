package org.refinery.backlog.product;

import org.refinery.membership.Caller;

import java.util.Objects;

/** Who did something: the token subject and the name people recognise. */
public record Actor(String subject, String username) {

	public Actor {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(username, "username");
	}

	/** The caller as the author of a change. */
	public static Actor of(Caller caller) {
		return new Actor(caller.subject(), caller.username());
	}

}
