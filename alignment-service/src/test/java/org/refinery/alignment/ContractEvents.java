package org.refinery.alignment;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.refinery.contracts.RefineryEvent;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Reads what the service published to a topic, from a fresh consumer group per test. */
public final class ContractEvents implements AutoCloseable {

	private final Consumer<String, RefineryEvent> consumer;

	private final List<RefineryEvent> seen = new ArrayList<>();

	public ContractEvents(ConsumerFactory<String, RefineryEvent> consumers, String topic) {
		this.consumer = consumers.createConsumer("alignment-it-" + UUID.randomUUID(), null);
		this.consumer.subscribe(List.of(topic));
	}

	/**
	 * Waits until {@code count} events of the aggregate arrived, then polls once more so that a
	 * surplus event would show; returns them in arrival order.
	 */
	public List<RefineryEvent> of(UUID aggregateId, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			poll(Duration.ofMillis(200));
			return matching(aggregateId).size() >= count;
		});
		poll(Duration.ofMillis(500));
		return matching(aggregateId);
	}

	private void poll(Duration timeout) {
		for (ConsumerRecord<String, RefineryEvent> record : consumer.poll(timeout)) {
			seen.add(record.value());
		}
	}

	private List<RefineryEvent> matching(UUID aggregateId) {
		return seen.stream().filter(event -> event.aggregateId().equals(aggregateId)).toList();
	}

	@Override
	public void close() {
		consumer.close();
	}

}
