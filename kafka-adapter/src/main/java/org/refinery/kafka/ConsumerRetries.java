package org.refinery.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How often a contract-event listener retries a record before it is dead-lettered, and how long
 * it backs off in between. A record that cannot be deserialized is dead-lettered at once:
 * retrying bytes that do not parse cannot help.
 *
 * @param attempts retries after the first failure
 * @param initialBackOff the first pause; each further pause doubles
 * @param maxBackOff the longest pause
 */
@ConfigurationProperties("refinery.kafka.consumer.retries")
public record ConsumerRetries(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration initialBackOff,
		@DefaultValue("5s") Duration maxBackOff) {

	public ConsumerRetries {
		if (attempts < 0) {
			throw new IllegalArgumentException("refinery.kafka.consumer.retries.attempts must not be negative");
		}
	}

}
