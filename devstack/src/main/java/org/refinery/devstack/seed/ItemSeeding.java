package org.refinery.devstack.seed;

import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Backlog items in rank order (creation appends), then their estimates, workflow states and
 * removals. Items are matched by title, so a second run only fills in what is missing. An
 * estimate, status or removal endpoint that does not exist yet is skipped once, with a warning.
 * An item a refinement session removes is left to that session's REMOVED outcome.
 */
final class ItemSeeding {

	private final GatewayClient owner;

	private final SeededIds ids;

	private final Consumer<String> warning;

	private final Set<String> missing = ConcurrentHashMap.newKeySet();

	private final AtomicInteger changes = new AtomicInteger();

	ItemSeeding(GatewayClient owner, SeededIds ids, Consumer<String> warning) {
		this.owner = owner;
		this.ids = ids;
		this.warning = warning;
	}

	/**
	 * Creates each product's missing items in rank order (the products side by side), then moves
	 * every item to its generated state, a few items at a time.
	 */
	String seed(DemoOrganisation organisation) {
		var created = new AtomicInteger();
		var seeded = new ConcurrentLinkedQueue<Seeded>();
		long start = System.nanoTime();
		inParallel(organisation.products().size(), organisation.products().stream()
			.map(product -> (Runnable) () -> seeded.addAll(create(organisation, product, created)))
			.toList());
		long createdAt = System.nanoTime();
		inParallel(8, seeded.stream().map(item -> (Runnable) () -> advance(item)).toList());
		return "%d backlog items (%d created in %.1f s, %d changes in %.1f s)".formatted(organisation.itemCount(),
				created.get(), (createdAt - start) / 1e9, changes.get(), (System.nanoTime() - createdAt) / 1e9);
	}

	private List<Seeded> create(DemoOrganisation organisation, DemoProduct product, AtomicInteger created) {
		String path = "/api/backlog/products/" + product.key() + "/items";
		Map<String, JsonNode> existing = new HashMap<>();
		// The list shows open work by default: without all=true a second run would create DONE and REMOVED items again.
		owner.list(path + "?all=true").forEach(node -> existing.put(node.path("title").asString(), node));
		var seeded = new ArrayList<Seeded>();
		for (DemoItem item : organisation.itemsOf(product.key())) {
			JsonNode node = existing.get(item.title());
			if (node == null) {
				node = owner.post(path, creation(item)).orThrow();
				created.incrementAndGet();
			}
			ids.put(item.ref(), node.path("id").asString());
			seeded.add(new Seeded(item, node, organisation.removedBySession(item.ref()),
					organisation.completionOf(item.ref())));
		}
		return seeded;
	}

	/** Runs the tasks with at most {@code width} at a time; the first failure is rethrown. */
	private static void inParallel(int width, List<Runnable> tasks) {
		try (var executor = Executors.newFixedThreadPool(width, Thread.ofVirtual().factory())) {
			var futures = tasks.stream().map(executor::submit).toList();
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new SeedingFailed("Seeding items failed: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SeedingFailed("Interrupted while seeding items", ex);
		}
	}

	private record Seeded(DemoItem item, JsonNode node, boolean removedBySession, Instant completedAt) {
	}

	private Map<String, Object> creation(DemoItem item) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", item.type());
		body.put("title", item.title());
		body.put("description", item.description());
		body.put("acceptanceCriteria", item.acceptanceCriteria());
		body.put("teamKey", item.teamKey());
		body.put("contributingTeamKeys", item.contributingTeamKeys());
		if (item.estimate() != null) {
			body.put("estimate", item.estimate());
		}
		ids.find(item.parentRef()).ifPresent(parent -> body.put("parentId", parent));
		return body;
	}

	/** Estimate, then walk the workflow one transition at a time up to the generated state. */
	private void advance(Seeded seeded) {
		DemoItem item = seeded.item();
		JsonNode node = seeded.node();
		String id = node.path("id").asString();
		String version = version(node, null);
		if (item.estimate() != null && !node.path("estimate").isNumber()) {
			version = mutate("estimate", "POST", id, "/estimate", Map.of("estimate", item.estimate()), version);
		}
		if (item.status() == ItemStatus.REMOVED) {
			if (!seeded.removedBySession() && !"REMOVED".equals(node.path("status").asString())) {
				String reason = URLEncoder.encode(item.removalReason(), StandardCharsets.UTF_8);
				mutate("removal", "DELETE", id, "?reason=" + reason, null, version);
			}
			return;
		}
		ItemStatus current = ItemStatus.valueOf(node.path("status").asString("DRAFT"));
		for (ItemStatus next : item.status().pathFromDraft()) {
			if (next.ordinal() > current.ordinal()) {
				version = mutate("status", "POST", id, "/status", statusChange(next, seeded.completedAt()), version);
			}
		}
	}

	/** DONE says when the work was finished, in a finished period, so that a fresh demo has a velocity. */
	private static Map<String, Object> statusChange(ItemStatus next, Instant completedAt) {
		return next == ItemStatus.DONE && completedAt != null
				? Map.of("status", next.name(), "completedAt", completedAt.toString()) : Map.of("status", next.name());
	}

	/** Answers the item's new version (for If-Match); skips the part once its endpoint is missing. */
	private String mutate(String part, String method, String id, String suffix, Object body, String version) {
		if (missing.contains(part)) {
			return version;
		}
		ApiResponse response = owner.send(method, "/api/backlog/items/" + id + suffix, body, version);
		if (response.endpointMissing()) {
			if (missing.add(part)) {
				warning.accept("skipped item %s: %s /api/backlog/items/{id}%s is not offered by the running service (HTTP %d)"
					.formatted(part, method, suffix.replaceFirst("\\?.*$", ""), response.status()));
			}
			return version;
		}
		JsonNode changed = response.orThrow();
		changes.incrementAndGet();
		return version(changed, response.etag().orElse(null));
	}

	private static String version(JsonNode node, String etag) {
		if (etag != null) {
			return etag;
		}
		return node.has("version") ? "\"" + node.path("version").asString() + "\"" : null;
	}

}
