package org.refinery.backlog.product.persistence;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.ProductHistoryEntry;
import org.refinery.backlog.product.SettingChange;
import org.refinery.backlog.product.SettingChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

@Repository
class JdbcSettingChanges implements SettingChanges {

	private final JdbcClient jdbc;

	JdbcSettingChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(UUID productId, long version, List<SettingChange> changes, Actor actor) {
		for (SettingChange change : changes) {
			jdbc.sql("insert into product_history (product_id, version, actor, actor_name, field, old_value, "
					+ "new_value) values (:product, :version, :actor, :name, :field, :old, :new)")
				.param("product", productId)
				.param("version", version)
				.param("actor", actor.subject())
				.param("name", actor.username())
				.param("field", change.field())
				.param("old", change.oldValue())
				.param("new", change.newValue())
				.update();
		}
	}

	@Override
	public List<ProductHistoryEntry> of(UUID productId, int offset, int limit) {
		return jdbc.sql("select version, changed_at, actor_name, field, old_value, new_value from product_history "
				+ "where product_id = :product order by version desc, field offset :offset limit :limit")
			.param("product", productId)
			.param("offset", offset)
			.param("limit", limit)
			.query((row, n) -> new ProductHistoryEntry(row.getLong("version"),
					row.getTimestamp("changed_at").toInstant(), row.getString("actor_name"), row.getString("field"),
					row.getString("old_value"), row.getString("new_value")))
			.list();
	}

	@Override
	public long countOf(UUID productId) {
		return jdbc.sql("select count(*) from product_history where product_id = :product")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

}
