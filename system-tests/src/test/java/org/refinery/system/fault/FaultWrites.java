package org.refinery.system.fault;

import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stream of item writes through the gateway by concurrent callers, as a busy refinement day
 * produces them: new items and re-estimates of earlier ones. It remembers exactly which writes were
 * acknowledged with a 2xx and at which version, because only those are promised to survive.
 */
final class FaultWrites {

	private static final Duration BACK_OFF = Duration.ofMillis(100);

	private final PlatformClient client;

	private final String productKey;

	private final String teamKey;

	/** Item id → highest acknowledged version. */
	final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();

	final AtomicInteger acknowledgedWrites = new AtomicInteger();

	final AtomicInteger conflicts = new AtomicInteger();

	final AtomicInteger failures = new AtomicInteger();

	private final List<UUID> created = new CopyOnWriteArrayList<>();

	/**
	 * A new product owned by the given client, with one team, to write to: each fault test writes to
	 * its own product so its proofs compare only its own items.
	 */
	static FaultWrites toNewProduct(PlatformClient owner, String productKey, String name) {
		Answers.created(Answers.forwarded(() -> owner.post("/api/backlog/products", """
				{"key":"%s","name":"%s","vision":"Nothing acknowledged is ever lost","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"%s"}""".formatted(productKey, name, LocalDate.now()))));
		Answers.created(owner.post("/api/backlog/products/" + productKey + "/teams", """
				{"key":"%s-CORE","name":"Core","workMode":"SCRUM"}""".formatted(productKey)));
		return new FaultWrites(owner, productKey, productKey + "-CORE");
	}

	FaultWrites(PlatformClient client, String productKey, String teamKey) {
		this.client = client;
		this.productKey = productKey;
		this.teamKey = teamKey;
	}

	/**
	 * Writes until {@code target} writes were acknowledged and the fault beside them is over; stops
	 * at once when the fault itself failed (its exception is the test's failure, not a hang).
	 */
	void run(int target, int callers, CompletableFuture<?> fault) {
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int caller = 0; caller < callers; caller++) {
				executor.submit(() -> {
					while (!fault.isCompletedExceptionally() && (acknowledgedWrites.get() < target || !fault.isDone())) {
						writeOnce();
					}
				});
			}
		}
	}

	private void writeOnce() {
		try {
			boolean reestimate = created.size() > 20 && ThreadLocalRandom.current().nextInt(4) == 0;
			HttpResponse<String> response = reestimate ? reestimate() : create();
			if (response.statusCode() / 100 == 2) {
				JsonNode item = PlatformClient.json(response);
				UUID id = UUID.fromString(item.path("id").asString());
				acknowledged.merge(id, item.path("version").asLong(), Math::max);
				if (!reestimate) {
					created.add(id);
				}
				acknowledgedWrites.incrementAndGet();
				return;
			}
			if (response.statusCode() == 412) {
				conflicts.incrementAndGet();
				return;
			}
			failed();
		}
		catch (RuntimeException ex) {
			failed();
		}
	}

	private HttpResponse<String> create() {
		int number = ThreadLocalRandom.current().nextInt(1_000_000);
		return client.post("/api/backlog/products/" + productKey + "/items", """
				{"type":"STORY","title":"Fault-tolerant write %d","description":"Written while the platform is being hurt",
				 "acceptanceCriteria":["It survives"],"teamKey":"%s","contributingTeamKeys":[]}""".formatted(number, teamKey));
	}

	private HttpResponse<String> reestimate() {
		UUID id = created.get(ThreadLocalRandom.current().nextInt(created.size()));
		long version = acknowledged.get(id);
		return client.send(client.request("/api/backlog/items/" + id + "/estimate")
			.header("Content-Type", "application/json")
			.header("If-Match", "\"" + version + "\"")
			.POST(HttpRequest.BodyPublishers.ofString("{\"estimate\":" + (1 + ThreadLocalRandom.current().nextInt(13)) + "}")));
	}

	private void failed() {
		failures.incrementAndGet();
		try {
			Thread.sleep(BACK_OFF);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
