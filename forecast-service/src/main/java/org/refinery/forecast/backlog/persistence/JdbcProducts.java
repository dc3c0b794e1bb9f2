package org.refinery.forecast.backlog.persistence;

import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.backlog.WorkMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcProducts implements Products {

	private final JdbcClient jdbc;

	JdbcProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean save(KnownProduct product) {
		return jdbc.sql("insert into known_product (id, key, delivery_mode, sprint_length_days, release_length_days, "
				+ "first_period_start, version) values (:id, :key, :mode, :sprint, :release, :first, :version) "
				+ "on conflict (id) do update set key = excluded.key, delivery_mode = excluded.delivery_mode, "
				+ "sprint_length_days = excluded.sprint_length_days, release_length_days = excluded.release_length_days, "
				+ "first_period_start = excluded.first_period_start, version = excluded.version "
				+ "where known_product.version < excluded.version")
			.param("id", product.id())
			.param("key", product.key())
			.param("mode", product.deliveryMode().name())
			.param("sprint", product.sprintLengthDays())
			.param("release", product.releaseLengthDays())
			.param("first", product.firstPeriodStart())
			.param("version", product.version())
			.update() > 0;
	}

	@Override
	public boolean save(KnownTeam team) {
		return jdbc.sql("insert into known_team (id, product_id, key, work_mode, version) "
				+ "values (:id, :product, :key, :mode, :version) on conflict (id) do update set "
				+ "product_id = excluded.product_id, key = excluded.key, work_mode = excluded.work_mode, "
				+ "version = excluded.version where known_team.version < excluded.version")
			.param("id", team.id())
			.param("product", team.productId())
			.param("key", team.key())
			.param("mode", team.workMode().name())
			.param("version", team.version())
			.update() > 0;
	}

	@Override
	public Optional<KnownProduct> byKey(String key) {
		return jdbc.sql("select * from known_product where key = :key order by version desc limit 1")
			.param("key", key)
			.query(JdbcProducts::product)
			.optional();
	}

	@Override
	public Optional<KnownProduct> byId(UUID id) {
		return jdbc.sql("select * from known_product where id = :id").param("id", id).query(JdbcProducts::product)
			.optional();
	}

	@Override
	public Optional<KnownTeam> team(String key) {
		return jdbc.sql("select * from known_team where key = :key order by version desc limit 1")
			.param("key", key)
			.query(JdbcProducts::team)
			.optional();
	}

	@Override
	public List<KnownTeam> teamsOf(UUID productId) {
		return jdbc.sql("select * from known_team where product_id = :product order by key")
			.param("product", productId)
			.query(JdbcProducts::team)
			.list();
	}

	private static KnownProduct product(ResultSet row, int number) throws SQLException {
		return new KnownProduct(row.getObject("id", UUID.class), row.getString("key"),
				DeliveryMode.valueOf(row.getString("delivery_mode")), row.getObject("sprint_length_days", Integer.class),
				row.getObject("release_length_days", Integer.class), row.getObject("first_period_start", LocalDate.class),
				row.getLong("version"));
	}

	private static KnownTeam team(ResultSet row, int number) throws SQLException {
		return new KnownTeam(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("key"), WorkMode.valueOf(row.getString("work_mode")), row.getLong("version"));
	}

}
