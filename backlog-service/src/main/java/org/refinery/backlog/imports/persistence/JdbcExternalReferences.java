package org.refinery.backlog.imports.persistence;

import org.refinery.backlog.imports.ExternalReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class JdbcExternalReferences implements ExternalReferences {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcExternalReferences(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public Map<String, UUID> find(UUID productId, String system, Collection<String> keys) {
		Map<String, UUID> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		jdbc.sql("select external_key, item_id from item_external_reference where product_id = :product "
				+ "and system = :system and external_key = any(:keys)")
			.param("product", productId)
			.param("system", system)
			.param("keys", keys.toArray(String[]::new))
			.query(rs -> {
				found.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return found;
	}

	@Override
	public Map<String, UUID> itemsByKey(UUID productId, Collection<String> keys) {
		Map<String, UUID> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		jdbc.sql("select key, id from item where product_id = :product and key = any(:keys)")
			.param("product", productId)
			.param("keys", keys.toArray(String[]::new))
			.query(rs -> {
				found.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return found;
	}

	/** Batched; a key stored meanwhile (the same file imported twice at once) keeps its first item. */
	@Override
	public void add(UUID productId, String system, Map<String, UUID> references) {
		template.batchUpdate("insert into item_external_reference (product_id, system, external_key, item_id) "
				+ "values (?, ?, ?, ?) on conflict do nothing", new ArrayList<>(references.entrySet()), 500,
				(statement, reference) -> {
					statement.setObject(1, productId);
					statement.setString(2, system);
					statement.setString(3, reference.getKey());
					statement.setObject(4, reference.getValue());
				});
	}

	@Override
	public List<Map.Entry<String, String>> all(UUID productId, String system) {
		return jdbc.sql("select r.external_key, i.key from item_external_reference r join item i on i.id = r.item_id "
				+ "where r.product_id = :product and r.system = :system order by r.external_key")
			.param("product", productId)
			.param("system", system)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list();
	}

}
