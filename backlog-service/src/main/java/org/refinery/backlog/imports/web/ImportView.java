package org.refinery.backlog.imports.web;

import org.refinery.backlog.imports.ImportCounts;
import org.refinery.backlog.imports.ImportJob;
import org.refinery.backlog.imports.LinkCounts;
import org.refinery.backlog.imports.RowResult;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as the API shows it: its state and counts (which grow while it runs, for a progress
 * bar), and, for one job, its Blocks links by status and a page of its row results in line order.
 */
record ImportView(UUID id, String productKey, String format, boolean dryRun, String status, String fileName,
		String startedBy, Instant startedAt, Instant finishedAt, String failure, ImportCounts counts, LinkCounts links,
		RowPage rows) {

	static ImportView of(ImportJob job, RowPage rows) {
		return of(job, null, rows);
	}

	/** The job with its links' counts (null in lists and in the answer to a start). */
	static ImportView of(ImportJob job, LinkCounts links, RowPage rows) {
		return new ImportView(job.id(), job.productKey(), job.format().wireName(), job.dryRun(), job.status().name(),
				job.fileName(), job.startedBy(), job.startedAt(), job.finishedAt(), job.failure(), job.counts(), links,
				rows);
	}

	/** One page of row results, paged like every list. */
	record RowPage(List<RowResult> content, int page, int size, long totalElements) {
	}

	/** One page of a product's imports, latest first, without their rows. */
	record Page(List<ImportView> content, int page, int size, long totalElements) {
	}

}
