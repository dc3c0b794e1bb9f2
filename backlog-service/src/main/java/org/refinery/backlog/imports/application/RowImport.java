package org.refinery.backlog.imports.application;

import org.refinery.backlog.imports.RowAction;
import org.refinery.backlog.imports.RowRefused;
import org.refinery.backlog.imports.RowResult;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemContent;
import org.refinery.backlog.item.ItemImports;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.Ranks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one row does inside its batch: refused (the row's error), created at the end of the
 * backlog (at its place in the tracker's order when the file has ranks, else in file order),
 * updated field by field, or unchanged; an item that exists keeps its place. Parents are resolved by key among
 * the rows imported before and earlier imports; an item's parent and type are fixed once it
 * exists in Refinery, so a difference upstream is reported, not applied.
 */
final class RowImport {

	private final ImportBatches.State state;

	private final Map<String, UUID> known;

	private final ItemImports items;

	private final Items stored;

	private final Map<String, UUID> created = new HashMap<>();

	private String lastRank;

	RowImport(ImportBatches.State state, Map<String, UUID> known, ItemImports items, Items stored, String lastRank) {
		this.state = state;
		this.known = known;
		this.items = items;
		this.stored = stored;
		this.lastRank = lastRank;
	}

	/** The references of the items this batch created, by external key. */
	Map<String, UUID> created() {
		return created;
	}

	RowResult apply(SourceRow row) {
		if (row.key() == null) {
			return RowResult.error(row, "has no key (Issue key / ID / key)");
		}
		Long earlier = state.census().duplicateOf(row.line());
		if (earlier != null) {
			return RowResult.error(row, "repeats key " + row.key() + " of line " + earlier + "; only that row is imported");
		}
		if (state.census().isCyclic(row.key())) {
			return RowResult.error(row, "its parents form a cycle (or nest deeper than 100 levels)");
		}
		List<String> notes = new ArrayList<>();
		UUID parentId = parent(row, notes);
		ItemContent content;
		try {
			content = state.mapping().content(row, state.teamKeys(), parentId);
		}
		catch (RowRefused ex) {
			return RowResult.error(row, ex.getMessage());
		}
		UUID id = known.get(row.key());
		Item item = id == null ? null : stored.byId(id).orElse(null);
		return item == null ? create(row, content, notes) : update(row, item, content, notes);
	}

	private UUID parent(SourceRow row, List<String> notes) {
		String parentKey = state.census().parentKey(row.key());
		if (parentKey == null) {
			return null;
		}
		UUID parent = state.resolved().getOrDefault(parentKey, known.get(parentKey));
		if (parent == null) {
			notes.add("parent " + parentKey + (state.census().inFile(parentKey) ? " was not imported (see its row)"
					: " is neither in the file nor imported earlier") + "; imported without parent");
		}
		return parent;
	}

	private RowResult create(SourceRow row, ItemContent content, List<String> notes) {
		String ranked = state.rankOf(row.key());
		String rank = ranked != null ? ranked : Ranks.after(lastRank);
		lastRank = ranked != null && lastRank != null && lastRank.compareTo(ranked) > 0 ? lastRank : rank;
		String itemKey = null;
		UUID id = UUID.randomUUID();
		if (!state.job().dryRun()) {
			Item item = items.create(state.product(), content, rank, state.caller());
			id = item.id();
			itemKey = item.key();
			created.put(row.key(), id);
		}
		state.resolved().put(row.key(), id);
		return result(row, RowAction.CREATED, itemKey, notes);
	}

	private RowResult update(SourceRow row, Item item, ItemContent content, List<String> notes) {
		state.resolved().put(row.key(), item.id());
		if (content.parentId() != null && !Objects.equals(content.parentId(), item.parentId())) {
			notes.add("parent differs upstream; kept (a parent is fixed once set)");
		}
		if (content.type() != item.type()) {
			notes.add("type " + content.type() + " upstream; kept " + item.type());
		}
		List<String> differences = content.differencesFrom(item);
		if (differences.isEmpty()) {
			return result(row, RowAction.UNCHANGED, item.key(), notes);
		}
		if (!state.job().dryRun()) {
			items.update(item, content, state.caller());
		}
		notes.addFirst("changed: " + String.join(", ", differences));
		return result(row, RowAction.UPDATED, item.key(), notes);
	}

	private static RowResult result(SourceRow row, RowAction action, String itemKey, List<String> notes) {
		return new RowResult(row.line(), row.key(), action, itemKey, notes.isEmpty() ? null : String.join("; ", notes),
				row.blocks(), row.blockedBy());
	}

}
