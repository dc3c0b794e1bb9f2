package org.refinery.alignment.backlog.persistence;

import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcKnownProducts implements KnownProducts {

	private final JdbcClient jdbc;

	JdbcKnownProducts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<KnownProduct> withKey(String key) {
		return jdbc.sql("select * from product where key = :key order by version desc limit 1")
			.param("key", key)
			.query(JdbcKnownProducts::product)
			.optional();
	}

	@Override
	public Optional<KnownProduct> byId(UUID id) {
		return jdbc.sql("select * from product where id = :id").param("id", id).query(JdbcKnownProducts::product)
			.optional();
	}

	@Override
	public boolean save(KnownProduct product) {
		return jdbc.sql("insert into product (id, key, name, version) values (:id, :key, :name, :version) "
				+ "on conflict (id) do update set key = excluded.key, name = excluded.name, version = excluded.version "
				+ "where product.version < excluded.version")
			.param("id", product.id())
			.param("key", product.key())
			.param("name", product.name())
			.param("version", product.version())
			.update() > 0;
	}

	@Override
	public List<KnownProduct> all() {
		return jdbc.sql("select * from product order by key").query(JdbcKnownProducts::product).list();
	}

	private static KnownProduct product(ResultSet row, int number) throws SQLException {
		return new KnownProduct(row.getObject("id", UUID.class), row.getString("key"), row.getString("name"),
				row.getLong("version"));
	}

}
