package org.refinery.devstack.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

	private final RestartPolicy policy = RestartPolicy.standard();

	@Test
	void the_wait_doubles_with_every_crash_in_a_row_up_to_thirty_seconds() {
		assertThat(IntStream.rangeClosed(1, 8).mapToObj(policy::delayBefore).map(Duration::toSeconds))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
		assertThat(policy.delayBefore(1_000)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void after_eight_restarts_in_a_row_the_supervisor_gives_up() {
		assertThat(policy.givesUpBefore(8)).isFalse();
		assertThat(policy.givesUpBefore(9)).isTrue();
	}

	@Test
	void a_component_ready_for_two_minutes_before_its_crash_starts_the_count_afresh() {
		assertThat(policy.stayedUp(Duration.ofMinutes(2))).isTrue();
		assertThat(policy.stayedUp(Duration.ofSeconds(119))).isFalse();
	}

	@Test
	void a_crash_after_staying_up_is_the_first_in_a_row_again_and_a_reset_clears_a_give_up() {
		Restarts restarts = Restarts.NONE.crashed(1, false).restarted(java.time.Instant.EPOCH).crashed(1, false);
		assertThat(restarts.crashesInARow()).isEqualTo(2);
		assertThat(restarts.crashed(137, true).crashesInARow()).isEqualTo(1);
		Restarts abandoned = restarts.abandoned();
		assertThat(abandoned.gaveUp()).isTrue();
		assertThat(abandoned.reset()).satisfies(reset -> {
			assertThat(reset.gaveUp()).isFalse();
			assertThat(reset.crashesInARow()).isZero();
			assertThat(reset.count()).isEqualTo(1);
			assertThat(reset.lastExitCode()).isEqualTo(1);
		});
	}

	@Test
	void a_policy_whose_cap_is_below_its_first_wait_is_refused() {
		assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
