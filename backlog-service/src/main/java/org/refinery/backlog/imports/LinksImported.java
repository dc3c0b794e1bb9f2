package org.refinery.backlog.imports;

import java.util.List;
import java.util.UUID;

/**
 * A part of an applied import's Blocks links, both ends resolved to items, for dependency-service
 * to identify as dependencies on behalf of the importer; published in the transaction that
 * recorded them as PENDING on their rows.
 */
public record LinksImported(ImportJob job, String system, int part, String importerSubject, String importerUsername,
		List<Link> links) {

	public LinksImported {
		links = List.copyOf(links);
	}

	/** The prerequisite item blocks the dependent item. */
	public record Link(UUID prerequisiteItemId, UUID dependentItemId, String prerequisiteKey, String dependentKey) {
	}

}
