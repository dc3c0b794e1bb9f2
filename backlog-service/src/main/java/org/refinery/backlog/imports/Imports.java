package org.refinery.backlog.imports;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

	/** A job's row results in line order (MISSING items, line 0, first), with their links. */
	List<RowResult> rows(UUID id, long offset, int limit);

	/** A page of the job's rows that name Blocks links, in line order, without their link outcomes. */
	List<RowResult> linkedRows(UUID id, long offset, int limit);

	/** Records the links each row names, with their status, {@code line → links}. */
	void recordLinks(UUID id, Map<Long, List<RowLink>> links);

	/**
	 * Records dependency-service's answer for a pair on every row that names it, unless answered
	 * already (a redelivered answer changes nothing).
	 */
	void settleLink(UUID id, RowLink outcome);

	LinkCounts linkCounts(UUID id);

}
