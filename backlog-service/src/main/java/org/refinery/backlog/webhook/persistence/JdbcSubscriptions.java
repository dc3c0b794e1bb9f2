package org.refinery.backlog.webhook.persistence;

import org.refinery.backlog.webhook.SecretCipher;
import org.refinery.backlog.webhook.Subscription;
import org.refinery.backlog.webhook.Subscriptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class JdbcSubscriptions implements Subscriptions {

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	JdbcSubscriptions(JdbcClient jdbc, SecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public void add(Subscription subscription) {
		jdbc.sql("""
				insert into webhook_subscription (id, product_id, url, event_types, secret, created_by, created_at)
				values (:id, :product, :url, :types::varchar[], :secret, :by, :at)""")
			.param("id", subscription.id())
			.param("product", subscription.productId())
			.param("url", subscription.url().toString())
			.param("types", "{" + String.join(",", subscription.eventTypes().stream().sorted().toList()) + "}")
			.param("secret", cipher.seal(subscription.secret(), subscription.id().toString()))
			.param("by", subscription.createdBy())
			.param("at", subscription.createdAt().atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	@Override
	public List<Subscription> ofProduct(UUID productId) {
		return jdbc.sql("select * from webhook_subscription where product_id = :product order by created_at, id")
			.param("product", productId)
			.query(this::subscription)
			.list();
	}

	@Override
	public Optional<Subscription> withId(UUID productId, UUID id) {
		return jdbc.sql("select * from webhook_subscription where product_id = :product and id = :id")
			.param("product", productId)
			.param("id", id)
			.query(this::subscription)
			.optional();
	}

	@Override
	public boolean remove(UUID productId, UUID id) {
		return jdbc.sql("delete from webhook_subscription where product_id = :product and id = :id")
			.param("product", productId)
			.param("id", id)
			.update() == 1;
	}

	@Override
	public List<UUID> wanting(UUID productId, String eventType) {
		return jdbc.sql("select id from webhook_subscription where product_id = :product and :type = any(event_types)")
			.param("product", productId)
			.param("type", eventType)
			.query(UUID.class)
			.list();
	}

	private Subscription subscription(ResultSet row, int n) throws SQLException {
		String[] types = (String[]) row.getArray("event_types").getArray();
		UUID id = row.getObject("id", UUID.class);
		return new Subscription(id, row.getObject("product_id", UUID.class), URI.create(row.getString("url")),
				Set.copyOf(Arrays.asList(types)), cipher.open(row.getString("secret"), id.toString()),
				row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
