package org.refinery.contracts.backlog.items;

import org.refinery.contracts.Fields;
import org.refinery.contracts.backlog.products.ReadinessRule;

/**
 * The verdict of one Definition of Ready rule on one item, with the reason people read.
 * Readiness must explain itself, so consumers get the reason and not just a flag.
 *
 * @param rule the rule
 * @param checklistItem the checklist item's code for {@code CHECKLIST_CONFIRMED}; otherwise {@code null}
 * @param passed whether the item satisfies the rule
 * @param reason why it passed or failed, e.g. "estimate 13 exceeds the limit of 8"
 */
public record RuleResult(ReadinessRule rule, String checklistItem, boolean passed, String reason) {

	public RuleResult {
		Fields.required(rule, "RuleResult", "rule");
	}

}
