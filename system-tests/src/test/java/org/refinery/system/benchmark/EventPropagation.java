package org.refinery.system.benchmark;

import org.refinery.contracts.Topics;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Item creations through the gateway at a fixed rate, and when each took effect in each consuming
 * read model: timed by the commit of the item's row there ({@link CommitTimes}), so how often the
 * databases are polled adds no error. Besides the 2xx at the client, each creation is timed from
 * its commit in the backlog (the event path alone, comparable with raw Kafka) and split at its
 * event's send ({@link SendTimes}) into the outbox's part and transport plus apply.
 */
final class EventPropagation {

	private static final List<RefineryService> READ_MODELS = List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT,
			RefineryService.FORECAST);

	/** Item → when its 2xx arrived. */
	private final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();

	final Latencies writes = new Latencies();

	final AtomicInteger failures = new AtomicInteger();

	/** Each path measured, in the order of the report, once {@link #measure} returns. */
	final Map<String, Latencies> paths = new LinkedHashMap<>();

	void measure(PlatformClient client, String productKey, String teamKey, int rate, Duration duration) throws Exception {
		List<Watch> watches = new ArrayList<>();
		try {
			Watch committed = watch(watches, RefineryService.BACKLOG.module(), new CommitTimes(RefineryService.BACKLOG,
					"item", acknowledged::keySet));
			Watch sent = watch(watches, Topics.BACKLOG_ITEMS, new SendTimes(Topics.BACKLOG_ITEMS));
			Map<String, Watch> effects = new LinkedHashMap<>();
			for (RefineryService service : READ_MODELS) {
				effects.put(service.module(), watch(watches, service.module(), new CommitTimes(service, "backlog_item",
						acknowledged::keySet)));
			}
			write(client, productKey, teamKey, rate, duration);
			awaitAll(watches);
			summarise(committed, sent, effects);
		}
		finally {
			for (Watch watch : watches) {
				watch.close();
			}
		}
	}

	private static Watch watch(List<Watch> watches, String name, Watch.Source source) {
		Watch watch = new Watch(name, source);
		watches.add(watch);
		return watch;
	}

	private void write(PlatformClient client, String productKey, String teamKey, int rate, Duration duration) {
		FixedRate.run(rate, duration, due -> {
			var response = client.post("/api/backlog/products/" + productKey + "/items", """
					{"type":"STORY","title":"Propagated","description":"d","acceptanceCriteria":["a"],"teamKey":"%s",
					 "contributingTeamKeys":[]}""".formatted(teamKey));
			long now = Watch.now();
			writes.add((System.nanoTime() - due) / 1_000);
			if (response.statusCode() == 201) {
				acknowledged.put(UUID.fromString(PlatformClient.json(response).path("id").asString()), now);
			}
			else {
				failures.incrementAndGet();
			}
		});
	}

	/** Waits, two minutes at most, until every watch saw every acknowledged item. */
	private void awaitAll(List<Watch> watches) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (watches.stream().anyMatch(watch -> !watch.sawAll(acknowledged.keySet())) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
	}

	private void summarise(Watch committed, Watch sent, Map<String, Watch> effects) {
		effects.forEach((service, effect) -> paths.put("2xx → " + service + " read model",
				between(acknowledged::get, effect::at)));
		effects.forEach((service, effect) -> paths.put("backlog commit → " + service + " read model",
				between(committed::at, effect::at)));
		paths.put("stage: backlog commit → event sent (outbox)", between(committed::at, sent::at));
		effects.forEach((service, effect) -> paths.put("stage: event sent → " + service + " commit",
				between(sent::at, effect::at)));
	}

	/**
	 * From one moment to another of each acknowledged item, where both were seen. Less than nothing
	 * counts 0: an effect committed before its 2xx arrived, or a send stamped (in whole milliseconds)
	 * before the commit it follows.
	 */
	private Latencies between(Function<UUID, Long> from, Function<UUID, Long> to) {
		var latencies = new Latencies();
		for (UUID item : acknowledged.keySet()) {
			Long start = from.apply(item);
			Long end = to.apply(item);
			if (start != null && end != null) {
				latencies.add(end - start);
			}
		}
		return latencies;
	}

}
