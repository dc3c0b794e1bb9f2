package org.refinery.system.fault;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.services.RefineryService;
import org.refinery.devstack.state.ComponentHealth;
import org.refinery.devstack.state.ComponentState;
import org.refinery.system.PlatformDatabases;
import org.refinery.system.ReplicatedPlatform;
import org.refinery.system.SharedPlatform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} from outside of one replica of each service in turn, in the middle of at least
 * 2,000 writes whose requests go to the two gateways in turn: the other replica of the service and
 * the gateways' passing over a refused connection keep the platform writing; every acknowledged
 * write is in the backlog, and every read model holds exactly the backlog's versions within 30 s
 * of the last write, with nobody restarting anything by hand. The devstack's crash recovery starts
 * each killed replica again, and it serves again.
 */
@Order(ReplicatedPlatform.ORDER + 10)
@ExtendWith(ReplicatedPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicasFaultIT {

	private static final int WRITES = 2_000;

	private static final String PRODUCT = "RFK";

	private static final Duration CONVERGED = Duration.ofSeconds(30);

	/** One replica of each service, the first and the second by turns, and where each serves a read. */
	private static final Map<String, String> VICTIMS = victims();

	private static final List<RefineryService> DOWNSTREAM = List.of(RefineryService.DEPENDENCY,
			RefineryService.ALIGNMENT, RefineryService.FORECAST);

	private Devstack stack;

	private FaultWrites writes;

	@BeforeAll
	void aProductToWriteTo() {
		stack = SharedPlatform.stack();
		writes = FaultWrites.toNewProduct(SharedPlatform.as("paul"), PRODUCT, "Replicas killed");
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKillOfOneReplicaOfEachServiceAndTheKilledReplicasRejoin() {
		var crashed = new LinkedHashMap<String, Long>();
		var restartsBefore = new LinkedHashMap<String, Integer>();
		CompletableFuture<Void> chaos = CompletableFuture.runAsync(() -> {
			int threshold = 100;
			for (String replica : VICTIMS.keySet()) {
				int at = threshold;
				await().atMost(Duration.ofMinutes(5)).until(() -> writes.acknowledgedWrites.get() >= at);
				restartsBefore.put(replica, stack.restarts(replica).count());
				long pid = component(replica).pid();
				crashed.put(replica, pid);
				assertThat(ProcessHandle.of(pid).orElseThrow().destroyForcibly()).isTrue();
				threshold += 200;
			}
			// The writes go on while the devstack starts the killed replicas again.
			await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
				.until(() -> crashed.keySet().stream().allMatch(replica -> restarted(replica, crashed.get(replica))));
		});

		writes.run(WRITES, 8, chaos);
		chaos.join();
		long lastWrite = System.nanoTime();

		Map<UUID, Long> source = PlatformDatabases.backlogItems(PRODUCT);
		assertThat(writes.acknowledgedWrites.get()).isGreaterThanOrEqualTo(WRITES);
		assertThat(writes.acknowledged).allSatisfy((id, version) -> assertThat(source.get(id))
			.as("acknowledged item %s at version %d", id, version)
			.isNotNull()
			.isGreaterThanOrEqualTo(version));
		for (RefineryService service : DOWNSTREAM) {
			await().atMost(CONVERGED.minusNanos(System.nanoTime() - lastWrite))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(PlatformDatabases.readModel(service, PRODUCT))
					.as("read model of " + service.module())
					.containsExactlyInAnyOrderEntriesOf(source));
		}
		System.out.printf("replicas kill -9 fault test: %d writes acknowledged (%d items), %d conflicts, %d failed; "
				+ "read models converged %.1f s after the last write%n", writes.acknowledgedWrites.get(), source.size(),
				writes.conflicts.get(), writes.failures.get(), (System.nanoTime() - lastWrite) / 1e9);
		for (String replica : VICTIMS.keySet()) {
			assertThat(stack.restarts(replica).count()).as("crash restarts of " + replica)
				.isEqualTo(restartsBefore.get(replica) + 1);
			assertThat(stack.restarts(replica).lastExitCode()).isEqualTo(137);
			var served = SharedPlatform.direct(replica, "paul").get(VICTIMS.get(replica));
			assertThat(served.statusCode()).as("%s serves again: %s", replica, served.body()).isEqualTo(200);
		}
	}

	private static Map<String, String> victims() {
		var victims = new LinkedHashMap<String, String>();
		victims.put("backlog-service", "/api/backlog/products/" + PRODUCT + "/items?size=1");
		victims.put("dependency-service-2", "/api/dependencies?product=" + PRODUCT);
		victims.put("alignment-service", "/api/alignment/products/" + PRODUCT + "/summary");
		victims.put("forecast-service-2", "/api/forecasts/products/" + PRODUCT + "/calibration");
		return victims;
	}

	private boolean restarted(String replica, long crashedPid) {
		ComponentState state = component(replica);
		return state.pid() > 0 && state.pid() != crashedPid && "UP".equals(ComponentHealth.of(state));
	}

	private ComponentState component(String replica) {
		return stack.components().stream().filter(state -> state.name().equals(replica)).findFirst().orElseThrow();
	}

}
