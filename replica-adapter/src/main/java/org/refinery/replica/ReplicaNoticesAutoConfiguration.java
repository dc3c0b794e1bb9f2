package org.refinery.replica;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Notices between a service's replicas on its data source: one sender, one listening connection. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(DataSource.class)
public class ReplicaNoticesAutoConfiguration {

	@Bean
	ReplicaNotices replicaNotices(DataSource dataSource) {
		return new ReplicaNotices(dataSource);
	}

	@Bean
	NoticeListening noticeListening(DataSource dataSource, ReplicaNotices notices) {
		return new NoticeListening(dataSource, notices);
	}

}
