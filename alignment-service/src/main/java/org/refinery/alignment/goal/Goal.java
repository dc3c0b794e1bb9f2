package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A strategic goal. {@code targetInvestmentShare} (0..1) is set on themes: the share of effort
 * the organisation means to spend on them.
 */
public record Goal(UUID id, GoalLevel level, UUID parentId, String productKey, String title, String owner,
		GoalStatus status, int weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart,
		LocalDate timeframeEnd, long version) {

	public Goal {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		if ((level == GoalLevel.PRODUCT_GOAL) != (productKey != null)) {
			throw new IllegalArgumentException("Exactly the product goals belong to a product");
		}
	}

}
