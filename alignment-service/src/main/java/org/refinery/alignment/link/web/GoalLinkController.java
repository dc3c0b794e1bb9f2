package org.refinery.alignment.link.web;

import io.swagger.v3.oas.annotations.Operation;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.ServingItem;
import org.refinery.alignment.link.application.GoalLinks;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The work serving a goal, for the goals page: the other direction of an item's links. */
@RestController
class GoalLinkController {

	private final GoalLinks links;

	GoalLinkController(GoalLinks links) {
		this.links = links;
	}

	@Operation(summary = "The items serving a goal", description = "The goal's active links, oldest first, each with "
			+ "the item's key and title and why it serves the goal. Only items of products you may see are listed; "
			+ "a goal you may not see is not found (404).")
	@GetMapping("/api/alignment/goals/{id}/links")
	GoalItems servingItems(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		List<ServingItem> serving = links.serving(id, caller);
		List<GoalItem> content = serving.stream().skip((long) page * size).limit(size).map(GoalItem::of).toList();
		return new GoalItems(id, content, page, size, serving.size());
	}

	/** A page of the items serving one goal; {@code totalElements} counts them all. */
	record GoalItems(UUID goalId, List<GoalItem> content, int page, int size, long totalElements) {
	}

	/** A link as the goal's list shows it: with the item's product, key and title. */
	record GoalItem(UUID id, UUID itemId, String productKey, String itemKey, String itemTitle, String rationale,
			BigDecimal contributionWeight, long version) {

		static GoalItem of(ServingItem serving) {
			Link link = serving.link();
			return new GoalItem(link.id(), link.itemId(), link.productKey(), serving.item().key(),
					serving.item().title(), link.rationale(), link.contributionWeight(), link.version());
		}

	}

}
