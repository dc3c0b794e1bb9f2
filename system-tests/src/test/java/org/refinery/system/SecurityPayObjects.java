package org.refinery.system;

import tools.jackson.databind.JsonNode;

import java.util.stream.StreamSupport;

/**
 * Real ids of the seeded PAY product, found the way a client finds them (paul's list calls), so
 * the object-level tests ask for objects that exist and that their owner may read.
 */
record SecurityPayObjects(String itemId, String ledgerItemId, String draftItemId, String sessionId,
		String dependencyId, String goalId) {

	private static SecurityPayObjects found;

	static synchronized SecurityPayObjects find() {
		if (found == null) {
			PlatformClient paul = SharedPlatform.as("paul");
			found = new SecurityPayObjects(first(paul, "/api/backlog/products/PAY/items?team=PAY-CHECKOUT&size=5"),
					first(paul, "/api/backlog/products/PAY/items?team=PAY-LEDGER&size=5"),
					first(paul, "/api/backlog/products/PAY/items?status=DRAFT&size=5"),
					first(paul, "/api/backlog/products/PAY/refinement-sessions?size=5"),
					first(paul, "/api/dependencies?product=PAY&size=5"),
					productGoal(paul));
		}
		return found;
	}

	private static String first(PlatformClient client, String path) {
		JsonNode page = Answers.ok(client.get(path));
		JsonNode content = page.isArray() ? page : page.path("content");
		if (content.isEmpty()) {
			throw new IllegalStateException("The seeded platform has nothing at " + path + ": " + page);
		}
		return content.get(0).path("id").asString();
	}

	private static String productGoal(PlatformClient paul) {
		JsonNode page = Answers.ok(paul.get("/api/alignment/goals?product=PAY&size=100"));
		return StreamSupport.stream(page.path("content").spliterator(), false)
			.filter(goal -> "PAY".equals(goal.path("productKey").asString(null)))
			.map(goal -> goal.path("id").asString())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No product goal of PAY: " + page));
	}

}
