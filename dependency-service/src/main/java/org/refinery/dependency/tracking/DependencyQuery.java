package org.refinery.dependency.tracking;

import java.util.Set;
import java.util.UUID;

/**
 * Which dependencies to list. {@code visibleProducts} bounds every query: {@code null} means
 * the reader sees every product, an empty set that the reader sees none. The other filters
 * are optional and narrow further; {@code itemId} keeps the dependencies one item takes part in,
 * as the dependent or the prerequisite, {@code sessionId} those identified in one refinement session.
 */
public record DependencyQuery(Set<String> visibleProducts, String productKey, String teamKey,
		DependencyStatus status, UUID itemId, UUID sessionId) {

	public DependencyQuery {
		visibleProducts = visibleProducts == null ? null : Set.copyOf(visibleProducts);
	}

	/** Whether nothing can match because the product asked for is not visible to the reader. */
	public boolean excludesEverything() {
		if (visibleProducts == null) {
			return false;
		}
		return visibleProducts.isEmpty() || (productKey != null && !visibleProducts.contains(productKey));
	}

}
