package org.refinery.kafka.it;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.refinery.contracts.RefineryEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A consumer as a service would write it: one that fails for good on a poisoned aggregate. The
 * outbox is left out: this app only consumes.
 */
@SpringBootApplication(excludeName = { "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
		"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
		"org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration" })
class ListenerApp {

	@Bean
	MeterRegistry meters() {
		return new SimpleMeterRegistry();
	}

	static final String TOPIC = "refinery.backlog.items.v1";

	static final long POISONED_VERSION = 13;

	@Component
	static class Listener {

		final List<RefineryEvent> handled = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = TOPIC, groupId = "dead-letter-it")
		void on(RefineryEvent event) {
			if (event.aggregateVersion() == POISONED_VERSION) {
				throw new IllegalStateException("cannot apply version " + POISONED_VERSION);
			}
			handled.add(event);
		}

	}

}
