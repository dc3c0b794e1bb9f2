package org.refinery.backlog.member;

/**
 * A TEAM_MEMBER role names a team that is not a team of the product (answered 422 naming the
 * field): unknown or another product's, one answer, so team keys cannot be probed through it.
 */
public class MemberTeamRefused extends RuntimeException {

	private final String pointer;

	private final String teamKey;

	private final String rule;

	public MemberTeamRefused(String pointer, String teamKey, String productKey) {
		super("Team " + teamKey + " is not a team of product " + productKey);
		this.pointer = pointer;
		this.teamKey = teamKey;
		this.rule = "must be the key of a team of product " + productKey;
	}

	public String pointer() {
		return pointer;
	}

	public String teamKey() {
		return teamKey;
	}

	public String rule() {
		return rule;
	}

}
