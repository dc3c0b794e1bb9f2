package org.refinery.system.benchmark;

import org.refinery.devstack.ports.Port;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time from a write's 2xx at the gateway to its effect in each consuming read model, under a fixed
 * rate of item creations. Each read model is polled every {@value #POLL_MILLIS} ms for the items
 * acknowledged but not yet seen there, which bounds the measuring error.
 */
final class EventPropagation {

	static final int POLL_MILLIS = 20;

	private static final List<RefineryService> READ_MODELS = List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT,
			RefineryService.FORECAST);

	private final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();

	final Latencies writes = new Latencies();

	final AtomicInteger failures = new AtomicInteger();

	final Map<String, Latencies> effects = new LinkedHashMap<>();

	void measure(PlatformClient client, String productKey, String teamKey, int rate, Duration duration) throws Exception {
		var running = new AtomicBoolean(true);
		var pollers = READ_MODELS.stream().map(service -> {
			var latencies = new Latencies();
			effects.put(service.module(), latencies);
			return Thread.ofPlatform().start(() -> poll(service, productKey, latencies, running));
		}).toList();
		FixedRate.run(rate, duration, due -> {
			var response = client.post("/api/backlog/products/" + productKey + "/items", """
					{"type":"STORY","title":"Propagated","description":"d","acceptanceCriteria":["a"],"teamKey":"%s",
					 "contributingTeamKeys":[]}""".formatted(teamKey));
			long now = System.nanoTime();
			writes.add((now - due) / 1_000);
			if (response.statusCode() == 201) {
				acknowledged.put(UUID.fromString(PlatformClient.json(response).path("id").asString()), now);
			}
			else {
				failures.incrementAndGet();
			}
		});
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (effects.values().stream().anyMatch(latencies -> latencies.count() < acknowledged.size())
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		running.set(false);
		for (Thread poller : pollers) {
			poller.join();
		}
	}

	private void poll(RefineryService service, String productKey, Latencies latencies, AtomicBoolean running) {
		var seen = ConcurrentHashMap.<UUID>newKeySet();
		var account = service.database();
		String url = "jdbc:postgresql://localhost:" + SharedPlatform.stack().settings().ports().of(Port.POSTGRES) + "/"
				+ account.name();
		try (var connection = DriverManager.getConnection(url, account.name(), account.password());
				var query = connection.prepareStatement("select id from backlog_item where product_key = ? and id = any(?)")) {
			while (running.get()) {
				UUID[] pending = acknowledged.keySet().stream().filter(id -> !seen.contains(id)).toArray(UUID[]::new);
				if (pending.length > 0) {
					query.setString(1, productKey);
					query.setArray(2, connection.createArrayOf("uuid", pending));
					long now = System.nanoTime();
					try (var result = query.executeQuery()) {
						while (result.next()) {
							UUID id = result.getObject(1, UUID.class);
							seen.add(id);
							latencies.add((now - acknowledged.get(id)) / 1_000);
						}
					}
				}
				Thread.sleep(POLL_MILLIS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Polling the read model of " + service.module() + " failed", ex);
		}
	}

}
