package org.refinery.replica;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.test.engines.PostgresEngine;
import org.refinery.test.engines.TestEngines;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two senders with their listening connections on one database stand for two replicas. */
class ReplicaNoticesIT {

	private static final String CHANNEL = "summaries_changed";

	private final Replica first = new Replica();

	private final Replica second = new Replica();

	@BeforeEach
	void bothReplicasListen() {
		first.start();
		second.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			first.notices.send(CHANNEL, "probe");
			second.notices.send(CHANNEL, "probe");
			return first.heard.contains("probe") && second.heard.contains("probe");
		});
		// Notices arrive in commit order: once "ready" is heard, no probe is still on its way.
		first.notices.send(CHANNEL, "ready");
		second.notices.send(CHANNEL, "ready");
		await().atMost(Duration.ofSeconds(10)).until(() -> first.heard.contains("ready") && second.heard.contains("ready"));
		first.heard.clear();
		second.heard.clear();
	}

	@AfterEach
	void stop() {
		first.listening.stop();
		second.listening.stop();
	}

	@Test
	void aNoticeSentInATransactionIsHeardByTheOtherReplicaOnlyOnceItCommits() {
		first.transactions.executeWithoutResult(status -> {
			first.notices.send(CHANNEL, "item 7 of PAY changed");
			// Sent after, committed before: notices arrive in commit order, so once this is heard
			// the first one would have been too, had it been delivered before its commit.
			second.notices.send(CHANNEL, "unrelated");
			await().atMost(Duration.ofSeconds(10)).until(() -> first.heard.contains("unrelated"));
			assertThat(second.heard).isEmpty();
		});

		await().atMost(Duration.ofSeconds(10)).until(() -> second.heard.contains("item 7 of PAY changed"));
	}

	@Test
	void aNoticeOfARolledBackTransactionIsNeverHeard() {
		first.transactions.executeWithoutResult(status -> {
			first.notices.send(CHANNEL, "lost");
			status.setRollbackOnly();
		});
		first.notices.send(CHANNEL, "after");

		await().atMost(Duration.ofSeconds(10)).until(() -> second.heard.contains("after"));
		assertThat(second.heard).containsExactly("after");
	}

	@Test
	void aReplicaDoesNotHearItsOwnNotices() {
		first.notices.send(CHANNEL, "mine");
		second.notices.send(CHANNEL, "theirs");

		await().atMost(Duration.ofSeconds(10)).until(() -> first.heard.contains("theirs"));
		assertThat(first.heard).containsExactly("theirs");
	}

	@Test
	void aBrokenListeningConnectionIsReportedAsMissedAndListeningResumes() {
		new JdbcTemplate(first.dataSource)
			.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN %'");

		await().atMost(Duration.ofSeconds(30)).until(() -> second.missed.get() > 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			first.notices.send(CHANNEL, "again");
			return second.heard.contains("again");
		});
	}

	private static final class Replica {

		final DataSource dataSource = dataSource();

		final ReplicaNotices notices = new ReplicaNotices(dataSource);

		final NoticeListening listening = new NoticeListening(dataSource, notices);

		final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

		final List<String> heard = new CopyOnWriteArrayList<>();

		final AtomicInteger missed = new AtomicInteger();

		void start() {
			notices.listen(CHANNEL, new ReplicaNotices.NoticeListener() {
				@Override
				public void heard(String payload) {
					heard.add(payload);
				}

				@Override
				public void missed() {
					missed.incrementAndGet();
				}
			});
			listening.start();
		}

		private static DataSource dataSource() {
			PostgresEngine postgres = TestEngines.postgres();
			return new DriverManagerDataSource(postgres.database("replicas"), postgres.username(), postgres.password());
		}

	}

}
