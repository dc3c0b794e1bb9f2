package org.refinery.backlog.product.persistence;

import org.refinery.backlog.product.DeliveryMode;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductKeyTaken;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcProducts implements Products {

	private static final String COLUMNS = "p.id, p.key, p.name, p.vision, p.delivery_mode, p.sprint_length_days, "
			+ "p.release_length_days, p.first_period_start, p.version";

	private final JdbcClient jdbc;

	JdbcProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Product> within(ProductScope scope, int offset, int limit) {
		if (scope.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>(Map.of("offset", offset, "limit", limit));
		return jdbc.sql("select " + COLUMNS + " from product p where " + visible(scope, params)
				+ " order by p.key offset :offset limit :limit")
			.params(params)
			.query(JdbcProducts::product)
			.list();
	}

	@Override
	public long countWithin(ProductScope scope) {
		if (scope.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select count(*) from product p where " + visible(scope, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<Product> withKey(String key, ProductScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> params = new HashMap<>(Map.of("key", key));
		return jdbc.sql("select " + COLUMNS + " from product p where p.key = :key and " + visible(scope, params))
			.params(params)
			.query(JdbcProducts::product)
			.optional();
	}

	@Override
	public void add(Product product) {
		try {
			jdbc.sql("insert into product (id, key, name, vision, delivery_mode, sprint_length_days, "
					+ "release_length_days, first_period_start, version) values (:id, :key, :name, :vision, :mode, "
					+ ":sprint, :release, :start, :version)")
				.param("id", product.id())
				.param("key", product.key())
				.param("name", product.name())
				.param("vision", product.vision())
				.param("mode", product.deliveryMode().name())
				.param("sprint", product.sprintLengthDays())
				.param("release", product.releaseLengthDays())
				.param("start", product.firstPeriodStart())
				.param("version", product.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ProductKeyTaken(product.key());
		}
	}

	@Override
	public boolean update(Product product, long expectedVersion) {
		return jdbc.sql("update product set name = :name, vision = :vision, delivery_mode = :mode, "
				+ "sprint_length_days = :sprint, release_length_days = :release, first_period_start = :start, "
				+ "version = :version where id = :id and version = :expected")
			.param("name", product.name())
			.param("vision", product.vision())
			.param("mode", product.deliveryMode().name())
			.param("sprint", product.sprintLengthDays())
			.param("release", product.releaseLengthDays())
			.param("start", product.firstPeriodStart())
			.param("version", product.version())
			.param("id", product.id())
			.param("expected", expectedVersion)
			.update() == 1;
	}

	private static String visible(ProductScope scope, Map<String, Object> params) {
		if (scope.everything()) {
			return "true";
		}
		params.put("keys", scope.keys().isEmpty() ? List.of("") : scope.keys());
		return "p.key in (:keys)";
	}

	private static Product product(ResultSet row, int number) throws SQLException {
		return new Product(row.getObject("id", UUID.class), row.getString("key"), row.getString("name"),
				row.getString("vision"), DeliveryMode.valueOf(row.getString("delivery_mode")),
				row.getObject("sprint_length_days", Integer.class), row.getObject("release_length_days", Integer.class),
				row.getObject("first_period_start", LocalDate.class), row.getLong("version"));
	}

}
