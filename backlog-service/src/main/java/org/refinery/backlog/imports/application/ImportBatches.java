package org.refinery.backlog.imports.application;

import org.refinery.backlog.imports.Census;
import org.refinery.backlog.imports.ExternalReferences;
import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.ImportOrder;
import org.refinery.backlog.imports.Imports;
import org.refinery.backlog.imports.RowResult;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.item.ItemImports;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.Ranks;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each batch of rows in one transaction: its items created or updated (their events in the
 * outbox with them), its external references, its row results and the job's counts commit
 * together or not at all. A preview runs the same decisions and writes only its results.
 */
@Component
class ImportBatches {

	private final ExternalReferences references;

	private final Imports imports;

	private final ItemImports items;

	private final Items stored;

	private final Teams teams;

	private final TransactionTemplate transactions;

	ImportBatches(ExternalReferences references, Imports imports, ItemImports items, Items stored, Teams teams,
			PlatformTransactionManager transactions) {
		this.references = references;
		this.imports = imports;
		this.items = items;
		this.stored = stored;
		this.teams = teams;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** What a job carries from batch to batch: the product's teams, and the item each key became so far. */
	State start(ImportJob job, Product product, ImportMapping mapping, Census census, Caller caller) {
		Set<String> teamKeys = teams.ofProduct(product.id()).stream().map(Team::key).collect(Collectors.toSet());
		return new State(job, product, mapping, census, caller, teamKeys, new HashMap<>(), ranks(product, mapping, census));
	}

	/**
	 * Ranks for the tracker's order, when the file has one and the mapping follows it: one rank
	 * per position, all after the backlog's last item and sharing a prefix ({@code after(last)})
	 * that anything appended later sorts after. Null: new items are appended as they come.
	 */
	private String[] ranks(Product product, ImportMapping mapping, Census census) {
		if (mapping.order() != ImportOrder.RANK || census.ranked() == 0) {
			return null;
		}
		String prefix = Ranks.after(stored.lastRank(product.id()).orElse(null));
		String[] ranks = Ranks.spaced(census.ranked());
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = prefix + ranks[i];
		}
		return ranks;
	}

	ImportCounts apply(State state, List<SourceRow> rows, ImportCounts counts) {
		return transactions.execute(status -> {
			if (!state.job.dryRun()) {
				stored.lockOrder(state.product.id());
			}
			Map<String, UUID> known = known(state, rows);
			var rowImport = new RowImport(state, known, items, stored,
					stored.lastRank(state.product.id()).orElse(null));
			List<RowResult> results = new ArrayList<>(rows.size());
			ImportCounts now = counts;
			for (SourceRow row : rows) {
				RowResult result = rowImport.apply(row);
				results.add(result);
				now = now.plus(result.action());
			}
			if (!state.job.dryRun()) {
				references.add(state.product.id(), state.job.format().system(), rowImport.created());
			}
			imports.record(state.job.id(), results);
			imports.progress(state.job.id(), now);
			return now;
		});
	}

	void record(UUID id, List<RowResult> results, ImportCounts counts) {
		transactions.executeWithoutResult(status -> {
			imports.record(id, results);
			imports.progress(id, counts);
		});
	}

	List<Map.Entry<String, String>> references(Product product, String system) {
		return references.all(product.id(), system);
	}

	/** The items the batch's keys and their parents' keys became, in earlier imports or earlier in this one. */
	private Map<String, UUID> known(State state, List<SourceRow> rows) {
		Set<String> keys = new LinkedHashSet<>();
		for (SourceRow row : rows) {
			if (row.key() != null) {
				keys.add(row.key());
				String parent = state.census.parentKey(row.key());
				if (parent != null && !state.resolved.containsKey(parent)) {
					keys.add(parent);
				}
			}
		}
		String system = state.job.format().system();
		Map<String, UUID> known = references.find(state.product.id(), system, keys);
		if (state.job.format() == ImportFormat.REFINERY_JSON) {
			Set<String> own = keys.stream().filter(key -> !known.containsKey(key)).collect(Collectors.toSet());
			references.itemsByKey(state.product.id(), own).forEach(known::putIfAbsent);
		}
		return known;
	}

	record State(ImportJob job, Product product, ImportMapping mapping, Census census, Caller caller,
			Set<String> teamKeys, Map<String, UUID> resolved, String[] ranks) {

		/** The rank a new item of this key takes in the tracker's order, or null to append it. */
		String rankOf(String key) {
			Integer position = ranks == null ? null : census.rankPosition(key);
			return position == null ? null : ranks[position];
		}

	}

}
