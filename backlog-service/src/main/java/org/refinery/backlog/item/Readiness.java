package org.refinery.backlog.item;

import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.ReadinessRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an item meets its product's Definition of Ready, rule by rule, each with the reason
 * in plain words so that a refinement session knows what is missing.
 */
public record Readiness(boolean ready, List<RuleResult> rules) {

	public Readiness {
		rules = List.copyOf(rules);
	}

	/** One enabled rule, or one checklist item, applied to one item. */
	public record RuleResult(ReadinessRule rule, String check, boolean passed, String reason) {
	}

	/**
	 * Readiness as last announced, without the rule-by-rule explanation: what backlog lists show,
	 * so that a page of a long backlog costs one read; {@code …/readiness} explains one item.
	 */
	public static Readiness announced(boolean ready) {
		return new Readiness(ready, List.of());
	}

	public List<RuleResult> failing() {
		return rules.stream().filter(rule -> !rule.passed()).toList();
	}

	/** The standard Definition of Ready with no facts from other services: for tests. */
	public static Readiness of(Item item) {
		return of(item, DefinitionOfReady.standard(), ReadinessFacts.none());
	}

	/**
	 * The readiness of an item being created, exact without reading any facts: its id is new, and
	 * other services learn it only from the item's announcement after commit, so no dependency,
	 * goal link or ticked check can refer to it yet.
	 */
	public static Readiness ofNew(Item item, DefinitionOfReady definition) {
		return of(item, definition, ReadinessFacts.none());
	}

	public static Readiness of(Item item, DefinitionOfReady definition, ReadinessFacts facts) {
		List<RuleResult> results = new ArrayList<>();
		for (ReadinessRule rule : ReadinessRule.values()) {
			if (definition.enables(rule) && rule != ReadinessRule.CHECKLIST_CONFIRMED) {
				results.add(ReadinessRules.apply(rule, item, definition, facts));
			}
		}
		if (definition.enables(ReadinessRule.CHECKLIST_CONFIRMED)) {
			for (DefinitionOfReady.Check check : definition.checklist()) {
				boolean ticked = facts.tickedChecks().contains(check.code());
				results.add(new RuleResult(ReadinessRule.CHECKLIST_CONFIRMED, check.code(), ticked,
						(ticked ? "Confirmed: " : "Not yet confirmed: ") + check.text()));
			}
		}
		return new Readiness(results.stream().allMatch(RuleResult::passed), results);
	}

}
