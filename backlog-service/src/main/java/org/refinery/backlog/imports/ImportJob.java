package org.refinery.backlog.imports;

import java.time.Instant;
import java.util.UUID;

/** One import of one file into one product, a preview when {@code dryRun}. */
public record ImportJob(UUID id, UUID productId, String productKey, ImportFormat format, boolean dryRun,
		ImportStatus status, String fileName, String startedBy, Instant startedAt, Instant finishedAt, String failure,
		ImportCounts counts) {
}
