package org.refinery.backlog.imports.application;

import org.refinery.backlog.imports.Census;
import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.ImportStatus;
import org.refinery.backlog.imports.Imports;
import org.refinery.backlog.imports.RowAction;
import org.refinery.backlog.imports.RowResult;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.SourceRows;
import org.refinery.backlog.imports.UnreadableFile;
import org.refinery.backlog.imports.file.ImportFiles;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One job from the first row to the last: a census pass, then one streaming pass per level of
 * parents found before their children, each in batches of {@code batchSize} rows that commit
 * with their results and counts ({@link ImportBatches}), then the report of items the file no
 * longer holds, then, when applied, the Blocks links sent to dependency-service ({@link ImportLinks}). A file that breaks off mid-way fails the job; the batches before stay, and the
 * same file sent again, once repaired, continues without duplicates.
 */
final class ImportRun implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	private final ImportJob job;

	private final Product product;

	private final Path file;

	private final ImportMapping mapping;

	private final Caller caller;

	private final ImportBatches batches;

	private final Imports imports;

	private final ImportLinks links;

	private final int batchSize;

	private ImportCounts counts = ImportCounts.NONE;

	ImportRun(ImportJob job, Product product, Path file, ImportMapping mapping, Caller caller, ImportBatches batches,
			Imports imports, ImportLinks links, int batchSize) {
		this.job = job;
		this.product = product;
		this.file = file;
		this.mapping = mapping;
		this.caller = caller;
		this.batches = batches;
		this.imports = imports;
		this.links = links;
		this.batchSize = batchSize;
	}

	@Override
	public void run() {
		try {
			Census census = census();
			var state = batches.start(job, product, mapping, census, caller);
			for (int pass = 0; pass < census.passes(); pass++) {
				importPass(pass, census, state);
			}
			List<RowResult> missing = missing(census);
			for (int from = 0; from < missing.size(); from += batchSize) {
				List<RowResult> chunk = missing.subList(from, Math.min(missing.size(), from + batchSize));
				chunk.forEach(row -> counts = counts.plus(RowAction.MISSING));
				batches.record(job.id(), chunk, counts);
			}
			if (!job.dryRun()) {
				links.submit(job, caller);
			}
			imports.finish(job.id(), ImportStatus.COMPLETED, counts, null);
		}
		catch (UnreadableFile ex) {
			imports.finish(job.id(), ImportStatus.FAILED, counts, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Import {} into {} failed", job.id(), product.key(), ex);
			imports.finish(job.id(), ImportStatus.FAILED, counts,
					"The import stopped unexpectedly after " + counts.rows() + " rows; the rows before were applied in "
							+ "full. Send the same file again to continue.");
		}
	}

	private Census census() {
		Census census = new Census();
		try (SourceRows rows = ImportFiles.open(job.format(), file, mapping)) {
			for (SourceRow row = rows.next(); row != null; row = rows.next()) {
				census.count(row);
			}
		}
		census.close();
		return census;
	}

	private void importPass(int pass, Census census, ImportBatches.State state) {
		List<SourceRow> batch = new ArrayList<>(batchSize);
		try (SourceRows rows = ImportFiles.open(job.format(), file, mapping)) {
			for (SourceRow row = rows.next(); row != null; row = rows.next()) {
				if (belongsTo(pass, row, census)) {
					batch.add(row);
				}
				if (batch.size() == batchSize) {
					counts = batches.apply(state, batch, counts);
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			counts = batches.apply(state, batch, counts);
		}
	}

	/** Keyless, duplicate and cyclic rows are answered in the first pass; the others in their parent's order. */
	private static boolean belongsTo(int pass, SourceRow row, Census census) {
		if (row.key() == null || census.duplicateOf(row.line()) != null || census.isCyclic(row.key())) {
			return pass == 0;
		}
		return census.passOf(row.key()) == pass;
	}

	private List<RowResult> missing(Census census) {
		Set<String> inFile = census.keys();
		List<RowResult> missing = new ArrayList<>();
		for (Map.Entry<String, String> reference : batches.references(product, job.format().system())) {
			if (!inFile.contains(reference.getKey())) {
				missing.add(new RowResult(0, reference.getKey(), RowAction.MISSING, reference.getValue(),
						"imported earlier, no longer in the file; kept as it is", List.of(), List.of()));
			}
		}
		return missing;
	}

}
