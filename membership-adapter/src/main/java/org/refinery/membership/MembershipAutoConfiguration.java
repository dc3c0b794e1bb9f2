package org.refinery.membership;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Wires the membership copy into a service that depends on this adapter: the lookup its callers
 * are built from and the listener that keeps it. The service's Flyway migration creates the
 * tables. A service that owns the memberships (backlog-service) supplies its own
 * {@link Memberships} and gets neither copy nor listener.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration" })
@ConditionalOnClass(KafkaListener.class)
@ConditionalOnMissingBean(Memberships.class)
public class MembershipAutoConfiguration {

	@Bean
	ReplicatedMemberships memberships(DataSource dataSource, PlatformTransactionManager transactions) {
		return new ReplicatedMemberships(JdbcClient.create(dataSource), new TransactionTemplate(transactions));
	}

	@Bean
	ProductMembersIn productMembersIn(ReplicatedMemberships memberships) {
		return new ProductMembersIn(memberships);
	}

}
