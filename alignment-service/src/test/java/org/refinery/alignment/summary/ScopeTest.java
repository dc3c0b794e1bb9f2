package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refinery.alignment.summary.BacklogAlignmentTest.ITEMS;

class ScopeTest {

	@Test
	void theOpenScopeLeavesOutDoneAndRemovedItemsAndKeepsRankOrder() {
		assertThat(Scope.open().select(ITEMS)).extracting(item -> item.key())
			.containsExactly("A", "B", "C", "D", "E");
	}

	@Test
	void theTopScopeTakesTheFirstOpenItems() {
		assertThat(Scope.top(2).select(ITEMS)).extracting(item -> item.key()).containsExactly("A", "B");
		assertThat(Scope.top(50).select(ITEMS)).hasSize(5);
		assertThat(Scope.top(3).select(List.of())).isEmpty();
	}

	@Test
	void theTopScopeNeedsAPositiveSize() {
		assertThatThrownBy(() -> Scope.top(0)).hasMessage("n must be between 1 and 10000, was 0");
	}

}
