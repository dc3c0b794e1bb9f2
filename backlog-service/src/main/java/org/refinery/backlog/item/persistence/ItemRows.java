package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Mapping between item rows and items. */
final class ItemRows {

	/** The columns an item is read from; not {@code i.*}, which would carry the stored search text too. */
	static final String SELECT = "select i.id, i.product_id, i.key, i.type, i.title, i.description, "
			+ "i.acceptance_criteria, i.estimate, i.team_key, i.contributing_team_keys, i.parent_id, i.rank, i.status, "
			+ "i.completed_at, i.removed_reason, i.status_before_removal, i.version, p.key as product_key "
			+ "from item i join product p on p.id = i.product_id";

	private ItemRows() {
	}

	static Item item(ResultSet row, int number) throws SQLException {
		Timestamp completed = row.getTimestamp("completed_at");
		return new Item(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("key"), ItemType.valueOf(row.getString("type")),
				row.getString("title"), row.getString("description"), strings(row.getArray("acceptance_criteria")),
				row.getBigDecimal("estimate"), row.getString("team_key"),
				Set.copyOf(strings(row.getArray("contributing_team_keys"))), row.getObject("parent_id", UUID.class),
				row.getString("rank"), ItemStatus.valueOf(row.getString("status")),
				completed == null ? null : completed.toInstant(), removal(row), row.getLong("version"));
	}

	private static Item.Removal removal(ResultSet row) throws SQLException {
		String reason = row.getString("removed_reason");
		return reason == null ? null
				: new Item.Removal(reason, ItemStatus.valueOf(row.getString("status_before_removal")));
	}

	static Map<String, Object> columns(Item item) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", item.id());
		columns.put("product", item.productId());
		columns.put("key", item.key());
		columns.put("type", item.type().name());
		columns.put("title", item.title());
		columns.put("description", item.description());
		columns.put("criteria", item.acceptanceCriteria().toArray(String[]::new));
		columns.put("estimate", item.estimate());
		columns.put("team", item.teamKey());
		columns.put("contributing", item.contributingTeamKeys().stream().sorted().toArray(String[]::new));
		columns.put("parent", item.parentId());
		columns.put("rank", item.rank());
		columns.put("status", item.status().name());
		columns.put("completed", timestamp(item.completedAt()));
		columns.put("removedReason", item.removal() == null ? null : item.removal().reason());
		columns.put("statusBeforeRemoval", item.removal() == null ? null : item.removal().previousStatus().name());
		columns.put("version", item.version());
		return columns;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
