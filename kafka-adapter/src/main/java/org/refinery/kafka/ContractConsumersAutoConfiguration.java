package org.refinery.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Listeners of contract events retry with exponential back-off and then dead-letter, so one
 * poison record never blocks its partition. Boot's listener container factory picks up the
 * {@link CommonErrorHandler} bean.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(ConsumerRetries.class)
public class ContractConsumersAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler contractEventsErrorHandler(KafkaTemplate<?, ?> events, KafkaProperties kafka,
			ConsumerRetries retries, ObjectProvider<MeterRegistry> meters) {
		var bytes = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(),
				new StringSerializer(), new ByteArraySerializer()));
		var deadLetters = new DeadLetters(events, bytes, meters.getIfAvailable(SimpleMeterRegistry::new));
		var backOff = new ExponentialBackOffWithMaxRetries(retries.attempts());
		backOff.setInitialInterval(retries.initialBackOff().toMillis());
		backOff.setMultiplier(2);
		backOff.setMaxInterval(retries.maxBackOff().toMillis());
		return new DefaultErrorHandler(deadLetters, backOff);
	}

}
