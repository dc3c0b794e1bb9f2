package org.refinery.system.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.refinery.devstack.Devstack;
import org.refinery.devstack.state.ComponentHealth;
import org.refinery.devstack.state.ComponentState;
import org.refinery.devstack.state.StateFile;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service killed with a real {@code kill -9} from outside the devstack (not through its Java API,
 * which holds a component down on purpose) is a crash: the devstack restarts it by itself, it is
 * ready again and serves through the gateway, and {@code ./refinery status} (which reads the
 * state file) shows the restart with the crash's exit code.
 */
@Order(Order.DEFAULT + 60)
class FaultCrashRestartIT {

	private static final String SERVICE = "forecast-service";

	private final Devstack stack = SharedPlatform.stack();

	@Test
	void a_service_killed_from_outside_is_restarted_by_the_devstack_and_ready_again() {
		PlatformClient paul = SharedPlatform.as("paul");
		int restartsBefore = stack.restarts(SERVICE).count();
		long crashed = component().pid();
		Instant killedAt = Instant.now();

		assertThat(ProcessHandle.of(crashed).orElseThrow().destroyForcibly()).isTrue();

		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			ComponentState restarted = recorded();
			assertThat(restarted.pid()).isPositive().isNotEqualTo(crashed);
			assertThat(ComponentHealth.of(restarted)).isEqualTo("UP");
		});
		assertThat(recorded().restarts()).satisfies(restarts -> {
			assertThat(restarts.count()).isEqualTo(restartsBefore + 1);
			assertThat(restarts.lastExitCode()).isEqualTo(137);
			assertThat(restarts.lastRestartAt()).isAfter(killedAt);
			assertThat(restarts.gaveUp()).isFalse();
		});
		assertThat(recorded().pid()).isEqualTo(component().pid());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> List.of(200, 404).contains(paul.get("/api/forecasts/products/PAY").statusCode()));
	}

	/** The component as the running devstack sees it. */
	private ComponentState component() {
		return stack.components().stream().filter(state -> state.name().equals(SERVICE)).findFirst().orElseThrow();
	}

	/** The component as {@code ./refinery status} reads it: from the state file. */
	private ComponentState recorded() {
		return new StateFile(stack.settings().dataDirectory()).read()
			.orElseThrow()
			.components()
			.stream()
			.filter(state -> state.name().equals(SERVICE))
			.findFirst()
			.orElseThrow();
	}

}
