package org.refinery.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.Topics;
import org.springframework.kafka.core.KafkaOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class DeadLettersTest {

	@Test
	void every_contract_topic_counts_zero_dead_letters_before_the_first_one() {
		var meters = new SimpleMeterRegistry();

		new DeadLetters(mock(KafkaOperations.class), mock(KafkaOperations.class), meters);

		for (String topic : Topics.all()) {
			var counter = meters.find(DeadLetters.METRIC).tag("topic", topic).counter();
			assertThat(counter).as("dead-letter counter of %s", topic).isNotNull();
			assertThat(counter.count()).isZero();
		}
		assertThat(meters.find(DeadLetters.METRIC).counters()).hasSize(Topics.all().size());
	}

}
