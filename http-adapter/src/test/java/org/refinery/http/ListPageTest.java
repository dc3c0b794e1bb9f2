package org.refinery.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page cut from a whole list, as every list of the API is shaped. */
class ListPageTest {

	@Test
	void aPageHoldsItsPartOfTheListAndCountsTheWhole() {
		var page = ListPage.of(List.of("a", "b", "c", "d", "e"), 1, 2);

		assertThat(page.content()).containsExactly("c", "d");
		assertThat(page.totalElements()).isEqualTo(5);
	}

	@Test
	void theLastPageMayBeShortAndAPagePastTheEndIsEmpty() {
		assertThat(ListPage.of(List.of("a", "b", "c"), 1, 2).content()).containsExactly("c");
		assertThat(ListPage.of(List.of("a", "b", "c"), 20_000, 500).content()).isEmpty();
	}

}
