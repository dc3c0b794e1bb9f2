package org.refinery.backlog.export.persistence;

import org.refinery.backlog.export.ExportedItem;
import org.refinery.backlog.export.ExportedItems;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

@Repository
class JdbcExportedItems implements ExportedItems {

	/** Rows per round trip: few enough to keep memory flat, enough that round trips do not dominate. */
	static final int FETCH_SIZE = 500;

	/**
	 * Every item with its parent's key, when its history began and its ticked checklist (one
	 * lateral aggregate per item, ordered by code), in the product's rank order.
	 */
	private static final String SELECT = "select i.id, i.key, i.type, i.title, i.description, i.acceptance_criteria, "
			+ "i.status, i.status_before_removal, i.removed_reason, i.team_key, i.contributing_team_keys, i.parent_id, "
			+ "parent.key as parent_key, i.estimate, i.rank, checks.codes, checks.ticked_by, checks.ticked_at, "
			+ "created.changed_at as created_at, i.completed_at, i.updated_at from item i "
			+ "left join item parent on parent.id = i.parent_id "
			+ "left join item_history created on created.item_id = i.id and created.version = 1 "
			+ "and created.field = 'created' "
			+ "left join lateral (select array_agg(c.code order by c.code) as codes, "
			+ "array_agg(c.ticked_by order by c.code) as ticked_by, array_agg(c.ticked_at order by c.code) as ticked_at "
			+ "from item_check c where c.item_id = i.id) checks on true "
			+ "where i.product_id = :product order by i.rank";

	private final JdbcClient jdbc;

	JdbcExportedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void inOrder(UUID productId, Consumer<ExportedItem> each) {
		long[] position = { 0 };
		jdbc.sql(SELECT)
			.withFetchSize(FETCH_SIZE)
			.param("product", productId)
			.query((RowCallbackHandler) row -> each.accept(item(row, ++position[0])));
	}

	private static ExportedItem item(ResultSet row, long position) throws SQLException {
		String before = row.getString("status_before_removal");
		return new ExportedItem(position, row.getObject("id", UUID.class), row.getString("key"),
				ItemType.valueOf(row.getString("type")), row.getString("title"), row.getString("description"),
				strings(row.getArray("acceptance_criteria")), ItemStatus.valueOf(row.getString("status")),
				before == null ? null : ItemStatus.valueOf(before), row.getString("removed_reason"),
				row.getString("team_key"), strings(row.getArray("contributing_team_keys")),
				row.getObject("parent_id", UUID.class), row.getString("parent_key"), row.getBigDecimal("estimate"),
				row.getString("rank"), checks(row), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("completed_at")), instant(row.getTimestamp("updated_at")));
	}

	private static List<ExportedItem.Check> checks(ResultSet row) throws SQLException {
		List<String> codes = strings(row.getArray("codes"));
		List<String> by = strings(row.getArray("ticked_by"));
		Array at = row.getArray("ticked_at");
		Timestamp[] times = at == null ? new Timestamp[0] : (Timestamp[]) at.getArray();
		List<ExportedItem.Check> checks = new ArrayList<>(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			checks.add(new ExportedItem.Check(codes.get(i), by.get(i), instant(times[i])));
		}
		return checks;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
