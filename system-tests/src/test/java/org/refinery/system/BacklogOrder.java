package org.refinery.system;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an item stands in the demo product PAY's backlog, so that a browser test that moves one
 * (the demo data is shared by every class of the run) can put it back where it was.
 */
final class BacklogOrder {

	private BacklogOrder() {
	}

	/** The item just before this one in PAY's backlog, or null when it is first. */
	static String predecessorOf(PlatformClient owner, String itemId) {
		String previous = null;
		for (int page = 0; ; page++) {
			JsonNode items = PlatformClient.json(owner.get("/api/backlog/products/PAY/items?size=500&page=" + page));
			for (JsonNode item : items.path("content")) {
				if (item.path("id").asString().equals(itemId)) {
					return previous;
				}
				previous = item.path("id").asString();
			}
			assertThat(items.path("content").size()).as("%s is in the backlog", itemId).isEqualTo(500);
		}
	}

}
