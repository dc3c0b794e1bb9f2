package org.refinery.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.time.Duration;

/** The shared buckets in the table of Flyway's {@code V2__rate_limit_buckets.sql}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitStore {

	/**
	 * A row may go once its bucket would have refilled to full and a minute more: by then a
	 * fresh bucket is the same as the stored one.
	 */
	@Bean
	@DependsOnDatabaseInitialization
	PostgreSQLSelectForUpdateBasedProxyManager<String> bucketRows(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	@Bean
	SharedBuckets sharedBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> bucketRows) {
		return new SharedBuckets(bucketRows, Schedulers.boundedElastic(), System::nanoTime);
	}

	@Bean
	ExpiredBuckets expiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> bucketRows) {
		return new ExpiredBuckets(bucketRows);
	}

	/** Drops the rows of callers gone quiet, on every replica (a skip-locked delete, safe side by side). */
	static final class ExpiredBuckets {

		private static final int BATCH = 1_000;

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> rows;

		ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> rows) {
			this.rows = rows;
		}

		@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
		void remove() {
			while (rows.removeExpired(BATCH) == BATCH) {
				// A full batch means there may be more.
			}
		}

	}

}
