package org.refinery.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

import javax.sql.DataSource;

/** Periodic re-drive and purge of the outbox for services that keep one (a data source and Modulith's registry). */
@AutoConfiguration(afterName = { "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
		"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.refinery.replica.SchedulerLockAutoConfiguration" })
@ConditionalOnClass({ IncompleteEventPublications.class, JdbcClient.class })
@ConditionalOnBooleanProperty(name = "refinery.outbox.resubmission", matchIfMissing = true)
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnBean({ IncompleteEventPublications.class, DataSource.class })
	OutboxResubmission outboxResubmission(IncompleteEventPublications publications, OutboxSettings settings,
			DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		return new OutboxResubmission(publications::resubmitIncompletePublicationsOlderThan, settings,
				() -> jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnBean(CompletedEventPublications.class)
	OutboxPurge outboxPurge(CompletedEventPublications completed, OutboxSettings settings) {
		return new OutboxPurge(completed::deletePublicationsOlderThan, settings);
	}

	@Bean
	@ConditionalOnBean({ IncompleteEventPublications.class, DataSource.class })
	PeriodicTask outboxResubmissionSchedule(OutboxResubmission resubmission, OutboxSettings settings,
			ObjectProvider<LockingTaskExecutor> locks) {
		return new PeriodicTask("outbox-resubmission", settings.resubmitEvery(),
				OnceAcrossReplicas.of("outbox-resubmission", resubmission::resubmit, locks.getIfAvailable()));
	}

	@Bean
	@ConditionalOnBean(CompletedEventPublications.class)
	PeriodicTask outboxPurgeSchedule(OutboxPurge purge, OutboxSettings settings,
			ObjectProvider<LockingTaskExecutor> locks) {
		return new PeriodicTask("outbox-purge", settings.purgeEvery(),
				OnceAcrossReplicas.of("outbox-purge", purge::purge, locks.getIfAvailable()));
	}

}
