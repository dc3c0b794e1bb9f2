package org.refinery.backlog.item;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStatusTest {

	@ParameterizedTest(name = "{0} may move to {1}: {2}")
	@CsvSource({ "DRAFT, IN_REFINEMENT, true", "DRAFT, READY, false", "DRAFT, DONE, false",
			"IN_REFINEMENT, READY, true", "IN_REFINEMENT, DRAFT, true", "IN_REFINEMENT, PLANNED, false",
			"READY, PLANNED, true", "READY, IN_REFINEMENT, true", "READY, DONE, false", "PLANNED, IN_PROGRESS, true",
			"PLANNED, READY, true", "IN_PROGRESS, DONE, true", "IN_PROGRESS, PLANNED, true", "DONE, IN_PROGRESS, true",
			"DONE, READY, false", "REMOVED, DRAFT, false", "DRAFT, REMOVED, false" })
	void theLifeOfAnItemAllowsOnlyItsSteps(ItemStatus from, ItemStatus to, boolean allowed) {
		assertThat(from.next().contains(to)).isEqualTo(allowed);
	}

}
