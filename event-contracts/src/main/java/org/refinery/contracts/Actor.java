package org.refinery.contracts;

/**
 * Who caused an event: the SSO subject (Keycloak user id, or a service account for
 * automated changes) and the username shown to people. Carried so consumers can show
 * history and audit trails without calling back to the producer.
 *
 * @param subject the stable subject ({@code sub} claim); required
 * @param username the human-readable login name; optional for service accounts
 */
public record Actor(String subject, String username) {

	public Actor {
		Fields.required(subject, "Actor", "subject");
	}

}
