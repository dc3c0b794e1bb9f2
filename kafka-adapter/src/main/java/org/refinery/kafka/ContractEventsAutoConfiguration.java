package org.refinery.kafka;

import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Outbox externalization of contract events. Runs before Modulith's Kafka configuration so
 * that its JSON message converter, which would serialize events itself, backs off in favour of
 * a pass-through converter: the value serializer ({@code CloudEventSerializer}) then writes
 * the payload and the CloudEvents headers.
 */
@AutoConfiguration(beforeName = { "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ConditionalOnClass(KafkaTemplate.class)
public class ContractEventsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(RecordMessageConverter.class)
	RecordMessageConverter contractEventsPassThrough() {
		return new MessagingMessageConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	EventExternalizationConfiguration contractEventsToTopics() {
		return EventExternalizationConfiguration.externalizing()
			.select(event -> event instanceof RefineryEvent)
			.route(RefineryEvent.class, ContractEventsAutoConfiguration::targetOf)
			.build();
	}

	/** The topic of the event's type; the key keeps one aggregate's events in one partition, in order. */
	static RoutingTarget targetOf(RefineryEvent event) {
		return RoutingTarget.forTarget(EventType.of(event).topic()).andKey(event.aggregateId().toString());
	}

}
