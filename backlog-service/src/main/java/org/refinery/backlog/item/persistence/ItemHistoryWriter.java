package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.product.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one history row per changed field, old value to new, in the change's transaction. (The
 * "created" row is written with the item itself: {@link JdbcItems#add}.)
 */
final class ItemHistoryWriter {

	private final JdbcClient jdbc;

	ItemHistoryWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void changed(Item before, Item after, Actor actor) {
		Map<String, String> old = fields(before);
		fields(after).forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				write(after, actor, field, old.get(field), value);
			}
		});
		if (!before.rank().equals(after.rank())) {
			long from = position(after, before.rank());
			long to = position(after, after.rank());
			if (from != to) {
				write(after, actor, "position", Long.toString(from), Long.toString(to));
			}
		}
	}

	/**
	 * Where a rank stands among the product's open work, counting from 1: what people see in the
	 * default backlog view. Ranks themselves are an encoding nobody reads; respacing changes them
	 * all and moves nothing, so it leaves no entry.
	 */
	private long position(Item item, String rank) {
		return 1 + jdbc.sql("select count(*) from item where product_id = :product and id <> :id and rank < :rank "
				+ "and status not in ('DONE', 'REMOVED')")
			.param("product", item.productId()).param("id", item.id()).param("rank", rank)
			.query(Long.class).single();
	}

	void write(Item item, Actor actor, String field, String oldValue, String newValue) {
		jdbc.sql("insert into item_history (item_id, version, actor, actor_name, field, old_value, new_value) "
				+ "values (:item, :version, :actor, :name, :field, :old, :new)")
			.param("item", item.id())
			.param("version", item.version())
			.param("actor", actor.subject())
			.param("name", actor.username())
			.param("field", field)
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

	private static Map<String, String> fields(Item item) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", item.type().name());
		fields.put("title", item.title());
		fields.put("description", item.description());
		fields.put("acceptanceCriteria", String.join("\n", item.acceptanceCriteria()));
		fields.put("estimate", item.estimate() == null ? null : item.estimate().toPlainString());
		fields.put("teamKey", item.teamKey());
		fields.put("contributingTeamKeys", String.join(",", item.contributingTeamKeys().stream().sorted().toList()));
		fields.put("parentId", item.parentId() == null ? null : item.parentId().toString());
		fields.put("status", item.status().name());
		// When work was finished moves velocity and forecasts, and may be a claimed date: worth a record.
		fields.put("completedAt", item.completedAt() == null ? null : item.completedAt().toString());
		fields.put("removedReason", item.removal() == null ? null : item.removal().reason());
		return fields;
	}

}
