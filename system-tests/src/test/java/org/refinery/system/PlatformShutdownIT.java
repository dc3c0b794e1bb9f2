package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.refinery.devstack.Devstack;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs after every other whole-platform class: stopping the shared platform leaves no process behind. */
@Order(Integer.MAX_VALUE)
class PlatformShutdownIT {

	@Test
	void stopping_the_platform_leaves_no_process_behind() {
		Devstack stack = SharedPlatform.stack();
		Set<Long> processes = stack.processIds();
		assertThat(processes).as("gateway, services, Keycloak, Kafka, postmaster and backends").hasSizeGreaterThan(10);

		stack.stop();

		assertThat(processes).noneMatch(TestStacks::alive);
		assertThat(stack.processIds()).isEmpty();
	}

}
