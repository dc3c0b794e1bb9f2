package org.refinery.alignment.goal;

import java.util.Set;

/**
 * Which goals to list. Organisation-wide goals are always visible; product goals only for
 * {@code visibleProducts} ({@code null}: every product). The other filters are optional.
 */
public record GoalQuery(Set<String> visibleProducts, GoalLevel level, String productKey, GoalStatus status) {

	public GoalQuery {
		visibleProducts = visibleProducts == null ? null : Set.copyOf(visibleProducts);
	}

	/** Whether nothing can match because the product asked for is not visible to the reader. */
	public boolean excludesEverything() {
		return productKey != null && visibleProducts != null && !visibleProducts.contains(productKey);
	}

}
