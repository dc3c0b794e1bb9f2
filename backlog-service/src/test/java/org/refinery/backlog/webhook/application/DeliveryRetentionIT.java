package org.refinery.backlog.webhook.application;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.Subscription;
import org.refinery.backlog.webhook.Subscriptions;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The delivery log is kept for its retention only (30 days delivered, 90 days dead, the defaults
 * of application.yml), open deliveries for ever; on real PostgreSQL. The rows are written by hand
 * with their ages; open ones are not due, so the service's own delivery run leaves them alone.
 */
@ServiceTest
class DeliveryRetentionIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	WebhookSettings settings;

	/** The service's own purge, as the scheduler calls it: through its lock. */
	@Autowired
	DeliveryPurge scheduled;

	UUID subscription;

	@BeforeEach
	void setUp() {
		String product = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		var http = ServiceClient.onPort(port);
		String paul = tokens.paul().mint();
		var created = http.post("/api/backlog/products", paul, """
				{"key":"%s","name":"Retention","deliveryMode":"SCALED_KANBAN","releaseLengthDays":42,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		UUID productId = UUID.fromString(JsonMapper.builder().build()
			.readTree(http.get("/api/backlog/products/" + product, paul).getBody()).path("id").asString());
		subscription = UUID.randomUUID();
		subscriptions.add(new Subscription(subscription, productId, URI.create("http://127.0.0.1:9/hook"),
				Set.of("refinery.backlog.ItemCreated.v1"), "whsec_retention-it-secret", "paul", Instant.now()));
	}

	@Test
	void deliveredAndDeadDeliveriesPastTheirRetentionAreDeletedAndRecentOnesKept() {
		UUID oldDelivered = delivered(daysAgo(31));
		UUID recentDelivered = delivered(daysAgo(29));
		UUID oldDead = dead(daysAgo(91));
		UUID recentDead = dead(daysAgo(89));

		new DeliveryPurge(deliveries, settings, new SimpleMeterRegistry()).purge();

		assertThat(idsOfSubscription()).containsExactlyInAnyOrder(recentDelivered, recentDead)
			.doesNotContain(oldDelivered, oldDead);
		assertThat(deliveries.replay(subscription, recentDead)).as("a dead delivery within retention is replayed")
			.isTrue();
		assertThat(deliveries.replay(subscription, oldDead)).isFalse();
	}

	@Test
	void pendingAndSendingDeliveriesStayHoweverOld() {
		UUID pending = open("PENDING", daysAgo(400));
		UUID sending = open("SENDING", daysAgo(400));
		UUID replayedLongAfterItDied = open("PENDING", daysAgo(120));

		new DeliveryPurge(deliveries, settings, new SimpleMeterRegistry()).purge();

		assertThat(idsOfSubscription()).containsExactlyInAnyOrder(pending, sending, replayedLongAfterItDied);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deliveries.purge(DeliveryStatus.PENDING, Instant.now(), 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> deliveries.purge(DeliveryStatus.SENDING, Instant.now(), 10));
	}

	@Test
	void thePurgeDeletesBatchAfterBatchUntilABatchComesBackShortAndCountsWhatItDeleted() {
		for (int i = 0; i < 10; i++) {
			delivered(daysAgo(40 + i));
		}
		for (int i = 0; i < 5; i++) {
			dead(daysAgo(100 + i));
		}
		UUID kept = delivered(daysAgo(1));
		Deliveries counted = mock(Deliveries.class, AdditionalAnswers.delegatesTo(deliveries));
		var meters = new SimpleMeterRegistry();

		int purged = new DeliveryPurge(counted, withPurgeBatch(4), meters).purge();

		assertThat(purged).isEqualTo(15);
		assertThat(idsOfSubscription()).containsExactly(kept);
		verify(counted, times(3)).purge(eq(DeliveryStatus.DELIVERED), any(), anyInt());
		verify(counted, times(2)).purge(eq(DeliveryStatus.DEAD), any(), anyInt());
		assertThat(meters.get("refinery.webhooks.deliveries.purged").tag("status", "delivered").counter().count())
			.isEqualTo(10);
		assertThat(meters.get("refinery.webhooks.deliveries.purged").tag("status", "dead").counter().count())
			.isEqualTo(5);
	}

	/**
	 * The scheduled purge takes the lock "webhook-delivery-purge" first; a turn another replica
	 * holds it for is skipped. (The lock row is released by its time, not deleted: ShedLock
	 * remembers which rows exist and then only updates them.)
	 */
	@Test
	void theScheduledPurgeRunsOnlyOnTheReplicaThatHoldsTheLock() {
		UUID old = delivered(daysAgo(45));
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('webhook-delivery-purge', timezone('utc', now()) + interval '10 minutes',
				        timezone('utc', now()), 'another-replica')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
				    locked_by = excluded.locked_by""").update();
		try {
			scheduled.purgeOnOneReplica();
			assertThat(idsOfSubscription()).as("skipped: another replica purges this turn").containsExactly(old);

			releasePurgeLock();
			scheduled.purgeOnOneReplica();
			assertThat(idsOfSubscription()).isEmpty();
		}
		finally {
			releasePurgeLock();
		}
	}

	private void releasePurgeLock() {
		jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' "
				+ "where name = 'webhook-delivery-purge'").update();
	}

	@Test
	void thePurgeFindsFinishedDeliveriesByAnIndexOfTheirStatusAndTime() {
		List<String> indexes = jdbc.sql("select indexdef from pg_indexes where tablename = 'webhook_delivery'")
			.query(String.class)
			.list();

		assertThat(indexes).anySatisfy(index -> assertThat(index).contains("(delivered_at)", "'DELIVERED'"))
			.anySatisfy(index -> assertThat(index).contains("(last_attempt_at)", "'DEAD'"));
	}

	private UUID delivered(Instant at) {
		return row("DELIVERED", at, at, at);
	}

	private UUID dead(Instant lastAttempt) {
		return row("DEAD", lastAttempt, null, lastAttempt);
	}

	/** Open and old by every clock, but not due (nor its lease run out) for a day. */
	private UUID open(String status, Instant at) {
		return row(status, at, at, Instant.now().plus(Duration.ofDays(1)));
	}

	private UUID row(String status, Instant lastAttempt, Instant delivered, Instant due) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into webhook_delivery (id, subscription_id, event_id, event_type, event_source, subject,
				    occurred_at, payload, status, attempts, next_attempt_at, lease_until, last_attempt_at, delivered_at)
				values (:id, :subscription, :event, 'refinery.backlog.ItemCreated.v1', 'backlog-service', :subject,
				    :occurred, '{}', :status, 1, :due, :lease, :lastAttempt, :delivered)""")
			.param("id", id)
			.param("subscription", subscription)
			.param("event", UUID.randomUUID())
			.param("subject", UUID.randomUUID())
			.param("occurred", lastAttempt.toString())
			.param("status", status)
			.param("due", time(due))
			.param("lease", status.equals("SENDING") ? time(due) : null)
			.param("lastAttempt", time(lastAttempt))
			.param("delivered", time(delivered))
			.update();
		return id;
	}

	private List<UUID> idsOfSubscription() {
		return jdbc.sql("select id from webhook_delivery where subscription_id = :subscription")
			.param("subscription", subscription)
			.query(UUID.class)
			.list();
	}

	private WebhookSettings withPurgeBatch(int rows) {
		return new WebhookSettings(settings.allowPrivateAddresses(), settings.connectTimeout(), settings.readTimeout(),
				settings.firstRetry(), settings.longestRetry(), settings.attempts(), settings.pollInterval(),
				settings.batchSize(), settings.settle(), settings.keepDelivered(), settings.keepDead(),
				settings.purgeEvery(), rows, settings.secretKey());
	}

	private static Instant daysAgo(int days) {
		return Instant.now().minus(Duration.ofDays(days));
	}

	private static OffsetDateTime time(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
