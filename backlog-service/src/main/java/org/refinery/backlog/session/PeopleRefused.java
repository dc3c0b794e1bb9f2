package org.refinery.backlog.session;

import java.util.List;

/**
 * A facilitator or representative named in a session who is not one of the product's people as
 * far as the backlog can know (see {@code SessionPeople}); answered 422 naming each refused field,
 * the name and the rule.
 */
public class PeopleRefused extends RuntimeException {

	private final List<Refusal> refusals;

	public PeopleRefused(List<Refusal> refusals) {
		super(refusals.stream().map(r -> r.username() + " at " + r.pointer() + " " + r.rule()).reduce((a, b) -> a + "; " + b)
			.orElse("No one is refused"));
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	/**
	 * @param pointer the JSON Pointer of the refused field, e.g. {@code /representatives/PAY-CHECKOUT}
	 * @param username the name refused
	 * @param rule what the name must be
	 */
	public record Refusal(String pointer, String username, String rule) {
	}

}
