package org.refinery.system.fault;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformDatabases;
import org.refinery.system.PlatformMetrics;
import org.refinery.system.SharedPlatform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker stops for 30 seconds in the middle of a stream of writes: writes keep being
 * acknowledged (the outbox holds their events), nothing acknowledged is lost, the consumers resume
 * when the broker is back, and every service's outbox drains to zero.
 */
@Order(Order.DEFAULT + 200)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultBrokerIT {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	private final Devstack stack = SharedPlatform.stack();

	private FaultWrites writes;

	@BeforeAll
	void aProductToWriteTo() {
		writes = FaultWrites.toNewProduct(SharedPlatform.as("paul"), "BRK", "Broker outage");
	}

	@Test
	void no_acknowledged_write_is_lost_while_the_broker_is_away_and_every_outbox_drains() {
		var acknowledgedDuringOutage = new int[2];
		CompletableFuture<Void> outage = CompletableFuture.runAsync(() -> {
			await().atMost(Duration.ofMinutes(2)).until(() -> writes.acknowledgedWrites.get() >= 200);
			stack.stop("kafka");
			acknowledgedDuringOutage[0] = writes.acknowledgedWrites.get();
			sleep(OUTAGE);
			acknowledgedDuringOutage[1] = writes.acknowledgedWrites.get();
			stack.restart("kafka");
		});

		writes.run(1_000, 8, outage);
		outage.join();

		Map<UUID, Long> source = PlatformDatabases.backlogItems("BRK");
		assertThat(writes.acknowledged).allSatisfy((id, version) -> assertThat(source.get(id))
			.as("acknowledged item %s at version %d", id, version)
			.isNotNull()
			.isGreaterThanOrEqualTo(version));
		assertThat(acknowledgedDuringOutage[1] - acknowledgedDuringOutage[0]).as("writes acknowledged while the broker was away")
			.isPositive();
		for (RefineryService service : List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT, RefineryService.FORECAST)) {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(PlatformDatabases.readModel(service, "BRK"))
					.as("read model of " + service.module())
					.containsExactlyInAnyOrderEntriesOf(source));
		}
		for (RefineryService service : RefineryService.values()) {
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(PlatformMetrics.value(service.module(), "refinery_outbox_pending"))
					.as("outbox of " + service.module())
					.isZero());
		}
		System.out.printf("broker outage fault test: %d writes acknowledged (%d during the %d s outage), %d failed%n",
				writes.acknowledgedWrites.get(), acknowledgedDuringOutage[1] - acknowledgedDuringOutage[0], OUTAGE.toSeconds(),
				writes.failures.get());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
