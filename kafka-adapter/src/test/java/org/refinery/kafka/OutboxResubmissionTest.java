package org.refinery.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxResubmissionTest {

	private final List<Duration> resubmissions = new ArrayList<>();

	private final AtomicLong pending = new AtomicLong();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final OutboxResubmission outbox = new OutboxResubmission(resubmissions::add,
			new OutboxSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofDays(7), Duration.ofHours(1)), pending::get, meters);

	@Test
	void an_empty_outbox_is_left_alone() {
		outbox.resubmit();

		assertThat(resubmissions).isEmpty();
	}

	@Test
	void pending_publications_older_than_the_configured_age_are_resubmitted() {
		pending.set(3);

		outbox.resubmit();

		assertThat(resubmissions).containsExactly(Duration.ofSeconds(30));
	}

	@Test
	void the_pending_count_is_a_metric() {
		pending.set(7);

		assertThat(meters.get("refinery.outbox.pending").gauge().value()).isEqualTo(7.0);
	}

	@Test
	void a_failing_pass_is_retried_on_the_next_one() {
		pending.set(1);
		var failing = new OutboxResubmission(duration -> {
			resubmissions.add(duration);
			throw new IllegalStateException("broker unreachable");
		}, new OutboxSettings(Duration.ofSeconds(1), Duration.ZERO, Duration.ofDays(7), Duration.ofHours(1)), pending::get, meters);

		failing.resubmit();
		failing.resubmit();

		assertThat(resubmissions).hasSize(2);
	}

	@Test
	void settings_refuse_a_zero_interval() {
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutboxSettings(Duration.ZERO, Duration.ZERO, Duration.ofDays(7), Duration.ofHours(1)))
			.withMessageContaining("resubmit-every");
	}

}
