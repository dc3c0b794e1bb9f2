package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL of a filtered slice of one product's backlog, shared by listing it and searching it. */
final class BacklogQueries {

	/**
	 * The text a search looks through: the stored column of V25 that the trigram index item_search
	 * covers, so that the index's recheck of each candidate reads it rather than rebuilding it.
	 */
	private static final String SEARCHED = "i.search_text";

	private BacklogQueries() {
	}

	/**
	 * One page in rank order, from {@code offset} or after the item ranked {@code afterRank}: the
	 * planner walks the rank order (of the product, or of the one team asked for) until the page
	 * is full, which is quick wherever matches are not rare.
	 */
	static List<Item> page(JdbcClient jdbc, ItemQuery query, long offset, String afterRank, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("limit", limit));
		String slice;
		if (afterRank == null) {
			params.put("offset", offset);
			slice = " order by i.rank offset :offset limit :limit";
		}
		else {
			params.put("after", afterRank);
			slice = " and i.rank > :after order by i.rank limit :limit";
		}
		return jdbc.sql(ItemRows.SELECT + where(query, params, false) + slice).params(params).query(ItemRows::item).list();
	}

	/**
	 * A search is planned for its own text each time. After a few runs of one statement on a
	 * connection, PostgreSQL may keep a generic plan, made without the pattern: the plan that suits
	 * a common word (walk the rank order until enough rows match) then also serves a phrase that
	 * few items hold, and reads most of the backlog (a phrase in 200,000 items: 90-117 ms a page
	 * through HTTP, while its own plan takes about 15 ms). Local to the transaction; other
	 * statements keep their cached plans.
	 */
	static void planForTheText(JdbcClient jdbc, ItemQuery query) {
		if (query.text() != null) {
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		}
	}

	/**
	 * The query's conditions. With {@code teamsAsFilter} the team condition is written so that no
	 * index serves it ({@code team_key || ''}): the rows then come from the trigram index and the
	 * team only filters them, see {@link JdbcItems#count}.
	 */
	static String where(ItemQuery query, Map<String, Object> params, boolean teamsAsFilter) {
		StringBuilder where = new StringBuilder(" where i.product_id = :product");
		params.put("product", query.productId());
		if (!query.teamKeys().isEmpty()) {
			where.append(teamsAsFilter ? " and (i.team_key || '') in (:teams)" : " and i.team_key in (:teams)");
			params.put("teams", query.teamKeys());
		}
		if (!query.statuses().isEmpty()) {
			where.append(" and i.status in (:statuses)");
			params.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.onlyOpen()) {
			where.append(" and i.status not in ('DONE', 'REMOVED')");
		}
		if (!query.types().isEmpty()) {
			where.append(" and i.type in (:types)");
			params.put("types", query.types().stream().map(Enum::name).toList());
		}
		if (query.text() != null) {
			where.append(" and ").append(SEARCHED).append(" like lower(:text)");
			params.put("text", "%" + likeEscaped(query.text()) + "%");
		}
		return where.toString();
	}

	/** The text as LIKE matches it literally: its own {@code %}, {@code _} and backslashes escaped. */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
