package org.refinery.system.fault;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformDatabases;
import org.refinery.system.SharedPlatform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of each service in turn in the middle of 5,000 acknowledged writes through the
 * gateway: every acknowledged write survives, and every downstream read model converges to the
 * backlog, item by item and version by version. Duplicated deliveries (the outbox re-sends what a
 * killed process published but did not mark done) are counted and shown to have no effect.
 */
@Order(Order.DEFAULT + 100)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultKillIT {

	private static final int WRITES = 5_000;

	private static final List<RefineryService> DOWNSTREAM = List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT,
			RefineryService.FORECAST);

	private final Devstack stack = SharedPlatform.stack();

	private FaultWrites writes;

	@BeforeAll
	void aProductToWriteTo() {
		writes = FaultWrites.toNewProduct(SharedPlatform.as("paul"), "KIL", "Kill nine");
	}

	@Test
	void every_acknowledged_write_survives_a_kill_of_each_service_and_every_read_model_converges() {
		var killed = new ArrayList<String>();
		CompletableFuture<Void> chaos = CompletableFuture.runAsync(() -> {
			int threshold = 500;
			var restarts = new ArrayList<CompletableFuture<Void>>();
			for (RefineryService service : RefineryService.values()) {
				int at = threshold;
				await().atMost(Duration.ofMinutes(5)).until(() -> writes.acknowledgedWrites.get() >= at);
				stack.kill(service.module());
				killed.add(service.module());
				// The writes go to backlog-service, so they wait for it; a downstream service restarts
				// while the writes and the next kill go on, so its outage may overlap the next one's.
				CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> stack.restart(service.module()),
						task -> Thread.ofVirtual().start(task));
				if (service == RefineryService.BACKLOG) {
					restart.join();
				}
				restarts.add(restart);
				threshold += 1_000;
			}
			restarts.forEach(CompletableFuture::join);
		});

		writes.run(WRITES, 8, chaos);
		chaos.join();

		assertThat(killed).containsExactly("backlog-service", "dependency-service", "alignment-service", "forecast-service");
		Map<UUID, Long> source = PlatformDatabases.backlogItems("KIL");
		assertThat(writes.acknowledgedWrites.get()).isGreaterThanOrEqualTo(WRITES);
		assertThat(writes.acknowledged).allSatisfy((id, version) -> assertThat(source.get(id))
			.as("acknowledged item %s at version %d", id, version)
			.isNotNull()
			.isGreaterThanOrEqualTo(version));
		for (RefineryService service : DOWNSTREAM) {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(PlatformDatabases.readModel(service, "KIL"))
					.as("read model of " + service.module())
					.containsExactlyInAnyOrderEntriesOf(source));
		}
		var delivered = ItemsTopic.recordsOf("KIL");
		System.out.printf("kill -9 fault test: %d writes acknowledged (%d items), %d refused as conflicts, %d failed "
				+ "while a service was down; %d item events on the topic, %d of them duplicates%n",
				writes.acknowledgedWrites.get(), source.size(), writes.conflicts.get(), writes.failures.get(), delivered.total(),
				delivered.duplicates());
		assertThat(delivered.distinct()).as("every version of every item was published")
			.isEqualTo(source.values().stream().mapToLong(Long::longValue).sum());
	}

}
