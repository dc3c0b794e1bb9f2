package org.refinery.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutboxPurgeTest {

	private final List<Duration> deletions = new ArrayList<>();

	@Test
	void completed_publications_older_than_the_retention_are_deleted() {
		var purge = new OutboxPurge(deletions::add, new OutboxSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
				Duration.ofDays(3), Duration.ofMinutes(30)));

		purge.purge();

		assertThat(deletions).containsExactly(Duration.ofDays(3));
	}

	@Test
	void a_failing_purge_is_left_for_the_next_pass_and_does_not_escape() {
		var purge = new OutboxPurge(duration -> {
			deletions.add(duration);
			throw new IllegalStateException("database unreachable");
		}, new OutboxSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofDays(7), Duration.ofHours(1)));

		purge.purge();
		purge.purge();

		assertThat(deletions).containsExactly(Duration.ofDays(7), Duration.ofDays(7));
	}

	@Test
	void settings_refuse_a_zero_purge_interval_and_a_negative_retention() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxSettings(Duration.ofSeconds(1), Duration.ZERO, Duration.ofDays(1), Duration.ZERO))
			.withMessageContaining("purge-every");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxSettings(Duration.ofSeconds(1), Duration.ZERO, Duration.ofDays(-1),
					Duration.ofHours(1)))
			.withMessageContaining("keep-completed-for");
	}

}
