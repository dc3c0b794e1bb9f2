package org.refinery.backlog.webhook.persistence;

import org.refinery.backlog.webhook.Deliveries;
import org.refinery.backlog.webhook.Delivery;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.Outcome;
import org.refinery.backlog.webhook.QueuedEvent;
import org.refinery.backlog.webhook.SecretCipher;
import org.refinery.backlog.webhook.Shipment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcDeliveries implements Deliveries {

	/**
	 * Due deliveries, oldest first, that no replica holds and whose aggregate has no open delivery
	 * of an earlier version for the subscription (versions, not queue order: Kafka may carry an
	 * aggregate's events out of order, see V23). Under READ COMMITTED a concurrent claimer sees a delivery
	 * another one just locked as still PENDING, so it never claims that aggregate's next one.
	 */
	private static final String CLAIM = """
			update webhook_delivery d
			set status = 'SENDING', attempts = d.attempts + 1, last_attempt_at = now(),
			    lease_until = now() + make_interval(secs => :lease)
			from webhook_subscription s
			where s.id = d.subscription_id and d.id in (
			    select c.id from webhook_delivery c
			    where ((c.status = 'PENDING' and c.next_attempt_at <= now())
			           or (c.status = 'SENDING' and c.lease_until < now()))
			      and not exists (select 1 from webhook_delivery e
			                      where e.subscription_id = c.subscription_id and e.subject = c.subject
			                        and (e.aggregate_version < c.aggregate_version
			                             or (e.aggregate_version = c.aggregate_version and e.seq < c.seq))
			                        and e.status in ('PENDING', 'SENDING'))
			    order by c.seq
			    limit :limit
			    for update skip locked)
			returning d.id, d.subscription_id, s.url, s.secret, d.event_id, d.event_type, d.event_source, d.subject, d.occurred_at,
			          d.payload, d.attempts, d.seq""";

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	JdbcDeliveries(JdbcClient jdbc, SecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public void enqueue(List<UUID> subscriptionIds, QueuedEvent event, Duration settle) {
		for (UUID subscription : subscriptionIds) {
			jdbc.sql("""
					insert into webhook_delivery (id, subscription_id, event_id, event_type, event_source, subject,
					                              aggregate_version, occurred_at, payload, status, next_attempt_at)
					values (:id, :subscription, :event, :type, :source, :subject, :version, :at, :payload, 'PENDING',
					        now() + make_interval(secs => :settle))
					on conflict (event_id, subscription_id) do nothing""")
				.param("id", UUID.randomUUID())
				.param("subscription", subscription)
				.param("event", event.eventId())
				.param("type", event.eventType())
				.param("source", event.source())
				.param("subject", event.subject())
				.param("version", event.version())
				.param("settle", settle.toMillis() / 1000.0)
				.param("at", event.occurredAt().toString())
				.param("payload", event.payload())
				.update();
		}
	}

	@Override
	public List<Shipment> claim(int limit, Duration lease) {
		return jdbc.sql(CLAIM)
			.param("lease", lease.toMillis() / 1000.0)
			.param("limit", limit)
			.query((row, n) -> new Claimed(row.getLong("seq"), shipment(row)))
			.list()
			.stream()
			.sorted((a, b) -> Long.compare(a.seq(), b.seq()))
			.map(Claimed::shipment)
			.toList();
	}

	private record Claimed(long seq, Shipment shipment) {
	}

	@Override
	public void delivered(UUID id, Outcome outcome) {
		jdbc.sql("""
				update webhook_delivery set status = 'DELIVERED', delivered_at = now(), lease_until = null,
				    last_status_code = :code, last_error = null
				where id = :id and status = 'SENDING'""")
			.param("id", id)
			.param("code", outcome.statusCode())
			.update();
	}

	@Override
	public void retryAfter(UUID id, Outcome outcome, Duration pause) {
		jdbc.sql("""
				update webhook_delivery set status = 'PENDING', lease_until = null, last_status_code = :code,
				    last_error = :error, next_attempt_at = now() + make_interval(secs => :pause)
				where id = :id and status = 'SENDING'""")
			.param("id", id)
			.param("code", outcome.statusCode())
			.param("error", shortened(outcome.error()))
			.param("pause", pause.toMillis() / 1000.0)
			.update();
	}

	@Override
	public void dead(UUID id, Outcome outcome) {
		jdbc.sql("""
				update webhook_delivery set status = 'DEAD', lease_until = null, last_status_code = :code,
				    last_error = :error
				where id = :id and status = 'SENDING'""")
			.param("id", id)
			.param("code", outcome.statusCode())
			.param("error", shortened(outcome.error()))
			.update();
	}

	@Override
	public List<Delivery> ofSubscription(UUID subscriptionId, Optional<DeliveryStatus> status, int offset, int limit) {
		return jdbc.sql("select * from webhook_delivery where subscription_id = :subscription"
				+ status.map(s -> " and status = :status").orElse("") + " order by seq desc offset :offset limit :limit")
			.params(params(subscriptionId, status))
			.param("offset", offset)
			.param("limit", limit)
			.query(JdbcDeliveries::delivery)
			.list();
	}

	@Override
	public long countOf(UUID subscriptionId, Optional<DeliveryStatus> status) {
		return jdbc.sql("select count(*) from webhook_delivery where subscription_id = :subscription"
				+ status.map(s -> " and status = :status").orElse(""))
			.params(params(subscriptionId, status))
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<Delivery> withId(UUID subscriptionId, UUID id) {
		return jdbc.sql("select * from webhook_delivery where subscription_id = :subscription and id = :id")
			.param("subscription", subscriptionId)
			.param("id", id)
			.query(JdbcDeliveries::delivery)
			.optional();
	}

	@Override
	public boolean replay(UUID subscriptionId, UUID id) {
		return jdbc.sql("""
				update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now()
				where subscription_id = :subscription and id = :id and status = 'DEAD'""")
			.param("subscription", subscriptionId)
			.param("id", id)
			.update() == 1;
	}

	@Override
	public int purge(DeliveryStatus status, Instant before, int limit) {
		String finished = switch (status) {
			case DELIVERED -> "delivered_at";
			case DEAD -> "last_attempt_at";
			case PENDING, SENDING -> throw new IllegalArgumentException("A " + status + " delivery is never purged");
		};
		// The status is written into the statement, not bound: a partial index (V26) serves only a
		// plan that knows the status, and a prepared statement's generic plan would not.
		return jdbc.sql("""
				delete from webhook_delivery where id in (
				    select id from webhook_delivery where status = '%s' and %s < :before
				    limit :limit
				    for update skip locked)""".formatted(status.name(), finished))
			.param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.param("limit", limit)
			.update();
	}

	private static java.util.Map<String, Object> params(UUID subscriptionId, Optional<DeliveryStatus> status) {
		var params = new java.util.HashMap<String, Object>();
		params.put("subscription", subscriptionId);
		status.ifPresent(s -> params.put("status", s.name()));
		return params;
	}

	private static String shortened(String error) {
		return error == null || error.length() <= 500 ? error : error.substring(0, 499) + "…";
	}

	private Shipment shipment(ResultSet row) throws SQLException {
		return new Shipment(row.getObject("id", UUID.class), URI.create(row.getString("url")),
				cipher.open(row.getString("secret"), row.getObject("subscription_id", UUID.class).toString()), row.getObject("event_id", UUID.class), row.getString("event_type"),
				row.getString("event_source"), row.getObject("subject", UUID.class),
				Instant.parse(row.getString("occurred_at")), row.getString("payload").getBytes(StandardCharsets.UTF_8), row.getInt("attempts"));
	}

	private static Delivery delivery(ResultSet row, int n) throws SQLException {
		return new Delivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
				row.getObject("event_id", UUID.class), row.getString("event_type"), row.getString("event_source"),
				row.getObject("subject", UUID.class), Instant.parse(row.getString("occurred_at")),
				DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
				instant(row, "next_attempt_at"), (Integer) row.getObject("last_status_code"),
				row.getString("last_error"), instant(row, "last_attempt_at"), instant(row, "delivered_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
