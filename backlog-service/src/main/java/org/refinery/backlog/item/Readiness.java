package org.refinery.backlog.item;

import java.util.List;

/**
 * Whether an item meets the Definition of Ready, rule by rule, each with the reason in plain
 * words so that a refinement session knows what is missing.
 */
public record Readiness(List<RuleResult> rules) {

	public Readiness {
		rules = List.copyOf(rules);
	}

	/** One rule of the Definition of Ready, applied to one item. */
	public record RuleResult(String rule, boolean passed, String reason) {
	}

	public boolean ready() {
		return rules.stream().allMatch(RuleResult::passed);
	}

	public List<RuleResult> failing() {
		return rules.stream().filter(rule -> !rule.passed()).toList();
	}

	/**
	 * The built-in rules every product starts with: clear acceptance criteria, an estimate and an
	 * owning team. Products will tune and extend them with their own Definition of Ready.
	 */
	public static Readiness of(Item item) {
		return new Readiness(List.of(
				item.acceptanceCriteria().isEmpty()
						? new RuleResult("HAS_ACCEPTANCE_CRITERIA", false, "No acceptance criteria yet")
						: new RuleResult("HAS_ACCEPTANCE_CRITERIA", true,
								item.acceptanceCriteria().size() + " acceptance criteria"),
				item.estimate() == null ? new RuleResult("ESTIMATED", false, "Not estimated")
						: new RuleResult("ESTIMATED", true, "Estimated at " + item.estimate().toPlainString() + " points"),
				item.teamKey() == null ? new RuleResult("OWNING_TEAM", false, "No owning team")
						: new RuleResult("OWNING_TEAM", true, "Owned by " + item.teamKey())));
	}

}
