package org.refinery.backlog.item;

import java.time.Instant;

/** A claimed completion time that a rule of {@link Completion} refuses (answered 422, naming the field). */
public class CompletionRefused extends RuntimeException {

	private final Instant claimed;

	private final String rule;

	public CompletionRefused(Instant claimed, String rule) {
		super("completedAt " + rule);
		this.claimed = claimed;
		this.rule = rule;
	}

	public Instant claimed() {
		return claimed;
	}

	/** What the completion time must be, in words. */
	public String rule() {
		return rule;
	}

}
