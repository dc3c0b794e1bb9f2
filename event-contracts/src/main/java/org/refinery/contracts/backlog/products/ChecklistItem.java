package org.refinery.contracts.backlog.products;

import org.refinery.contracts.Fields;

/**
 * A product-specific question of the Definition of Ready that people confirm per item,
 * for what no automatic rule can check (e.g. "UX reviewed").
 *
 * @param code a stable code readiness results refer to
 * @param text the question as shown to people
 */
public record ChecklistItem(String code, String text) {

	public ChecklistItem {
		Fields.required(code, "ChecklistItem", "code");
		Fields.required(text, "ChecklistItem", "text");
	}

}
