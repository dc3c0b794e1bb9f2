package org.refinery.alignment;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.UUID;

/** Rows written straight into alignment's database, for tests that are about what comes after. */
public final class Fixtures {

	private final JdbcClient jdbc;

	public Fixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String uniqueKey(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
	}

	public UUID product(String key) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into product (id, key, name, version) values (:id, :key, :key, 1)")
			.param("id", id)
			.param("key", key)
			.update();
		return id;
	}

	public UUID goal(String level, UUID parent, UUID productId, String productKey, String title, String status,
			BigDecimal share) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into goal (id, level, parent_id, product_id, product_key, title, status, "
				+ "target_investment_share) values (:id, :level, :parent, :productId, :productKey, :title, :status, :share)")
			.param("id", id)
			.param("level", level)
			.param("parent", parent)
			.param("productId", productId)
			.param("productKey", productKey)
			.param("title", title)
			.param("status", status)
			.param("share", share)
			.update();
		return id;
	}

	public UUID item(UUID productId, String productKey, String key, String team, BigDecimal estimate, String status,
			String rank) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, title, team_key, estimate, status, rank, "
				+ "version) values (:id, :productId, :productKey, :key, :key, :team, :estimate, :status, :rank, 1)")
			.param("id", id)
			.param("productId", productId)
			.param("productKey", productKey)
			.param("key", key)
			.param("team", team)
			.param("estimate", estimate)
			.param("status", status)
			.param("rank", rank)
			.update();
		return id;
	}

}
