package org.refinery.backlog.imports;

import java.util.UUID;

/**
 * One Blocks link named on a row, by external keys (the prerequisite blocks the dependent), and
 * what became of it; the dependency is known once dependency-service created or found it.
 */
public record RowLink(String prerequisiteKey, String dependentKey, LinkStatus status, String reason,
		UUID dependencyId) {
}
