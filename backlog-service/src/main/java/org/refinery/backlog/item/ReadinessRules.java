package org.refinery.backlog.item;

import org.refinery.backlog.item.Readiness.RuleResult;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.ReadinessRule;

/** Each built-in rule of the Definition of Ready, with the reason it passes or fails. */
final class ReadinessRules {

	private ReadinessRules() {
	}

	static RuleResult apply(ReadinessRule rule, Item item, DefinitionOfReady definition, ReadinessFacts facts) {
		return switch (rule) {
			case HAS_DESCRIPTION -> result(rule, item.description() != null && !item.description().isBlank(),
					"Has a description", "No description yet");
			case HAS_ACCEPTANCE_CRITERIA -> result(rule, !item.acceptanceCriteria().isEmpty(),
					item.acceptanceCriteria().size() + " acceptance criteria", "No acceptance criteria yet");
			case ESTIMATED -> result(rule, item.estimate() != null,
					item.estimate() == null ? "" : "Estimated at " + item.estimate().toPlainString() + " points",
					"Not estimated");
			case ESTIMATE_WITHIN_LIMIT -> withinLimit(item, definition);
			case TEAM_ASSIGNED -> result(rule, item.teamKey() != null, "Owned by " + item.teamKey(), "No owning team");
			case DEPENDENCIES_ACKNOWLEDGED -> result(rule, facts.unacknowledgedDependencies() == 0,
					"Every dependency is acknowledged",
					facts.unacknowledgedDependencies() + " dependencies wait for the prerequisite team");
			case PREREQUISITES_READY -> result(rule, facts.unreadyPrerequisites().isEmpty(),
					"No blocking prerequisite short of READY",
					"Blocked by prerequisites not yet ready: " + String.join(", ", facts.unreadyPrerequisites()));
			case NO_DEPENDENCY_CYCLE -> result(rule, !facts.inCycle(), "On no dependency cycle",
					"On a cycle of BLOCKS dependencies");
			case LINKED_TO_GOAL -> result(rule, facts.activeGoalLinks() > 0,
					"Serves " + facts.activeGoalLinks() + " active goals", "Linked to no active goal");
			case CHECKLIST_CONFIRMED -> throw new IllegalArgumentException("Checklist items are applied one by one");
		};
	}

	private static RuleResult withinLimit(Item item, DefinitionOfReady definition) {
		if (item.estimate() == null) {
			return new RuleResult(ReadinessRule.ESTIMATE_WITHIN_LIMIT, null, false, "Not estimated");
		}
		boolean within = item.estimate().compareTo(definition.maxEstimate()) <= 0;
		return new RuleResult(ReadinessRule.ESTIMATE_WITHIN_LIMIT, null, within,
				"Estimate " + item.estimate().toPlainString() + (within ? " is within " : " exceeds ")
						+ definition.maxEstimate().toPlainString() + " points; " + (within ? "fine" : "split it"));
	}

	private static RuleResult result(ReadinessRule rule, boolean passed, String passReason, String failReason) {
		return new RuleResult(rule, null, passed, passed ? passReason : failReason);
	}

}
