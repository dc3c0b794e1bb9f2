package org.refinery.backlog.webhook.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.refinery.backlog.webhook.QueuedEvent;
import org.refinery.backlog.webhook.application.WebhookFanOut;
import org.refinery.contracts.CloudEventHeaders;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Every event of the webhook topics, in a consumer group of its own so that webhooks neither
 * share offsets with nor slow down the backlog's read models. The body sent is the event written
 * by the contracts' {@link EventJson}, the same JSON as on Kafka and in the frozen samples.
 */
@Component
class PlatformEventsIn {

	private final WebhookFanOut fanOut;

	private final EventJson json = new EventJson();

	PlatformEventsIn(WebhookFanOut fanOut) {
		this.fanOut = fanOut;
	}

	@KafkaListener(id = "webhooks", groupId = "${spring.application.name}-webhooks",
			topics = { Topics.BACKLOG_PRODUCTS, Topics.BACKLOG_ITEMS, Topics.BACKLOG_SESSIONS, Topics.DEPENDENCIES })
	void on(ConsumerRecord<String, RefineryEvent> record) {
		RefineryEvent event = record.value();
		EventType type = EventType.of(event);
		fanOut.queue(new QueuedEvent(event.eventId(), type.ceType(), source(record, type), event.productId(),
				event.aggregateId(), event.aggregateVersion(), event.occurredAt(), json.write(event)));
	}

	/** The producing service as its {@code ce_source} header names it. */
	private static String source(ConsumerRecord<String, RefineryEvent> record, EventType type) {
		Header header = record.headers().lastHeader(CloudEventHeaders.SOURCE);
		if (header != null && header.value() != null && header.value().length > 0) {
			return new String(header.value(), StandardCharsets.UTF_8);
		}
		return type.topic().equals(Topics.DEPENDENCIES) ? "dependency-service" : "backlog-service";
	}

}
