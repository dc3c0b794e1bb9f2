package org.refinery.kafka;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.samples.EventSamples;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class ContractEventsAutoConfigurationTest {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ContractEventsAutoConfiguration.class));

	@Test
	void contractEventsAreExternalizedAndNothingElse() {
		runner.run(context -> {
			var configuration = context.getBean(EventExternalizationConfiguration.class);
			RefineryEvent event = EventSamples.event("refinery.backlog.ItemEstimated.v1");

			assertThat(configuration.supports(event)).isTrue();
			assertThat(configuration.supports("a domain event that stays inside the service")).isFalse();
		});
	}

	@Test
	void eachEventGoesToItsCatalogTopicKeyedByAggregate() {
		RefineryEvent item = EventSamples.event("refinery.backlog.ItemEstimated.v1");
		RefineryEvent goal = EventSamples.event("refinery.alignment.GoalCreated.v1");

		var itemTarget = ContractEventsAutoConfiguration.targetOf(item);
		assertThat(itemTarget.getTarget()).isEqualTo(Topics.BACKLOG_ITEMS);
		assertThat(itemTarget.getKey()).isEqualTo(item.aggregateId().toString());
		assertThat(ContractEventsAutoConfiguration.targetOf(goal).getTarget()).isEqualTo(Topics.ALIGNMENT_GOALS);
	}

	@Test
	void thePayloadReachesTheValueSerializerUnconverted() {
		runner.run(context -> assertThat(context.getBean(RecordMessageConverter.class))
			.isExactlyInstanceOf(MessagingMessageConverter.class));
	}

	@Test
	void anApplicationsOwnConverterWins() {
		runner.withBean("own", RecordMessageConverter.class, MessagingMessageConverter::new)
			.run(context -> assertThat(context).getBeanNames(RecordMessageConverter.class).containsExactly("own"));
	}

}
