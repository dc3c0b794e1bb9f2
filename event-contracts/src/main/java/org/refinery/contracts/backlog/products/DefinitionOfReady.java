package org.refinery.contracts.backlog.products;

import java.util.List;

import org.refinery.contracts.Fields;

/**
 * A product's Definition of Ready: what an item must satisfy before it may be planned.
 *
 * @param rules the enabled built-in rules with their parameters
 * @param checklist the custom checklist items
 */
public record DefinitionOfReady(List<RuleSetting> rules, List<ChecklistItem> checklist) {

	public DefinitionOfReady {
		rules = Fields.list(rules);
		checklist = Fields.list(checklist);
	}

}
