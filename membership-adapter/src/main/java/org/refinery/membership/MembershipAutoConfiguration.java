package org.refinery.membership;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Wires the membership copy into a service that depends on this adapter: the lookup its web
 * edge asks and the listener that keeps it. The service's Flyway migration creates the tables.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration" })
@ConditionalOnClass(KafkaListener.class)
public class MembershipAutoConfiguration {

	@Bean
	Memberships memberships(DataSource dataSource, PlatformTransactionManager transactions) {
		return new Memberships(JdbcClient.create(dataSource), new TransactionTemplate(transactions));
	}

	@Bean
	ProductMembersIn productMembersIn(Memberships memberships) {
		return new ProductMembersIn(memberships);
	}

}
