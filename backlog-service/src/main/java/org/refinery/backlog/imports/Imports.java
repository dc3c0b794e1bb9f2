package org.refinery.backlog.imports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored import jobs with their per-row results. */
public interface Imports {

	void start(ImportJob job);

	/** Commits the counts so far with the batch, and shows the job is alive. */
	void progress(UUID id, ImportCounts counts);

	void finish(UUID id, ImportStatus status, ImportCounts counts, String failure);

	void record(UUID id, List<RowResult> rows);

	/**
	 * Jobs of the product still RUNNING that made no progress for {@code silence} become
	 * INTERRUPTED: the service that ran them stopped. Whichever replica reads first tells.
	 */
	void interruptSilent(UUID productId, Duration silence);

	Optional<ImportJob> byId(UUID productId, UUID id);

	/** The product's imports, latest first. */
	List<ImportJob> ofProduct(UUID productId, long offset, int limit);

	long countOfProduct(UUID productId);

	/** A job's row results in line order (MISSING items, line 0, first). */
	List<RowResult> rows(UUID id, long offset, int limit);

}
