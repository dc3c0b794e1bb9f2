package org.refinery.contracts.backlog.products;

import java.util.Map;

import org.refinery.contracts.Fields;

/**
 * One enabled rule of a Definition of Ready with its parameters, e.g.
 * {@code ESTIMATE_WITHIN_LIMIT} with {@code maxEstimate = 8}. Parameters are strings so new
 * rules can bring new parameters without changing this record.
 *
 * @param rule the rule
 * @param parameters the rule's parameters by name; empty when it has none
 */
public record RuleSetting(ReadinessRule rule, Map<String, String> parameters) {

	public RuleSetting {
		Fields.required(rule, "RuleSetting", "rule");
		parameters = Fields.sortedMap(parameters);
	}

}
