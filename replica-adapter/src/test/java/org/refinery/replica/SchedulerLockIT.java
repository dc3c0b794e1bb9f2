package org.refinery.replica;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.test.engines.PostgresEngine;
import org.refinery.test.engines.TestEngines;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two application contexts on one database stand for two replicas of a service. */
class SchedulerLockIT {

	private static DataSource dataSource;

	@BeforeAll
	static void createTheLockTable() {
		PostgresEngine postgres = TestEngines.postgres();
		dataSource = new DriverManagerDataSource(postgres.database("scheduling"), postgres.username(),
				postgres.password());
		new JdbcTemplate(dataSource).execute("""
				create table if not exists shedlock (name varchar(64) primary key, lock_until timestamp not null,
				locked_at timestamp not null, locked_by varchar(255) not null)""");
	}

	private final ApplicationContextRunner replica = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SchedulerLockAutoConfiguration.class))
		.withBean(DataSource.class, () -> dataSource)
		.withBean(SnapshotJob.class, SnapshotJob::new);

	@Test
	void whileOneReplicaRunsAJobTheOtherSkipsItsTurn() {
		replica.run(first -> replica.run(second -> {
			var inside = new CountDownLatch(1);
			var release = new CountDownLatch(1);
			var runs = new AtomicInteger();
			Thread holder = Thread.ofVirtual().start(() -> first.getBean(LockingTaskExecutor.class)
				.executeWithLock((Runnable) () -> {
					runs.incrementAndGet();
					inside.countDown();
					await(release);
				}, lock("outbox-resubmission")));
			await(inside);

			second.getBean(LockingTaskExecutor.class).executeWithLock((Runnable) runs::incrementAndGet,
					lock("outbox-resubmission"));
			release.countDown();
			holder.join();

			assertThat(runs).hasValue(1);
		}));
	}

	@Test
	void aJobRunsAgainOnEitherReplicaOnceTheLastRunEnded() {
		replica.run(first -> replica.run(second -> {
			first.getBean(SnapshotJob.class).snapshot();
			second.getBean(SnapshotJob.class).snapshot();

			assertThat(first.getBean(SnapshotJob.class).runs() + second.getBean(SnapshotJob.class).runs()).isEqualTo(2);
		}));
	}

	@Test
	void anAnnotatedJobSkipsItsTurnWhileAnotherReplicaHoldsItsLock() {
		replica.run(first -> replica.run(second -> {
			// From another thread: ShedLock lets the thread that holds a lock re-enter it.
			first.getBean(LockingTaskExecutor.class).executeWithLock((LockingTaskExecutor.Task) () -> Thread.ofVirtual()
				.start(second.getBean(SnapshotJob.class)::snapshot)
				.join(), lock("daily-snapshot"));

			assertThat(second.getBean(SnapshotJob.class).runs()).isZero();
		}));
	}

	private static LockConfiguration lock(String name) {
		return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A job as services write them: a public method of a bean, locked by name. */
	public static class SnapshotJob {

		private final AtomicInteger runs = new AtomicInteger();

		@SchedulerLock(name = "daily-snapshot", lockAtMostFor = "PT1M")
		public void snapshot() {
			runs.incrementAndGet();
		}

		public int runs() {
			return runs.get();
		}

	}

}
