package org.refinery.contracts.alignment;

import java.math.BigDecimal;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A link between a backlog item and a goal, as it is after a change. Links are kept when
 * removed ({@code active = false}) so alignment trends can look back.
 *
 * @param id the link id
 * @param itemId the backlog item
 * @param goalId the goal it serves
 * @param productId the item's product
 * @param rationale why the item serves the goal, in the linking person's words
 * @param contributionWeight which part of the item's effort counts for this goal, between 0 and 1
 * @param active whether the link still holds
 */
public record LinkState(UUID id, UUID itemId, UUID goalId, UUID productId, String rationale,
		BigDecimal contributionWeight, boolean active) {

	public LinkState {
		Fields.required(id, "LinkState", "id");
		Fields.required(itemId, "LinkState", "itemId");
		Fields.required(goalId, "LinkState", "goalId");
		Fields.required(productId, "LinkState", "productId");
		Fields.required(contributionWeight, "LinkState", "contributionWeight");
	}

}
