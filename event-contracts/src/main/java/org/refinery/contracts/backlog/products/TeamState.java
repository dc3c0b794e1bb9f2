package org.refinery.contracts.backlog.products;

import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A team as it is after a change. Items, dependencies and metrics refer to teams by key,
 * so consumers keep this to resolve keys to names and products.
 *
 * @param id the team id
 * @param productId the product the team works on
 * @param key the short key, e.g. {@code PAY-CHECKOUT}
 * @param name the display name
 * @param workMode Scrum or Kanban
 */
public record TeamState(UUID id, UUID productId, String key, String name, WorkMode workMode) {

	public TeamState {
		Fields.required(id, "TeamState", "id");
		Fields.required(productId, "TeamState", "productId");
		Fields.required(key, "TeamState", "key");
		Fields.required(name, "TeamState", "name");
		Fields.required(workMode, "TeamState", "workMode");
	}

}
