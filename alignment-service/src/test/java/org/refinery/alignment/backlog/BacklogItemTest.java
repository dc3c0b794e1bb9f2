package org.refinery.alignment.backlog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogItemTest {

	static final UUID ID = UUID.randomUUID();

	@Test
	void theFirstStateOfAnItemIsAlwaysKept() {
		assertThat(version(1).supersedes(null)).isTrue();
	}

	@Test
	void onlyAStrictlyNewerVersionReplacesTheHeldOne() {
		assertThat(version(3).supersedes(version(2))).isTrue();
		assertThat(version(2).supersedes(version(2))).isFalse();
		assertThat(version(1).supersedes(version(2))).isFalse();
	}

	@Test
	void productsFollowTheSameRule() {
		var held = new KnownProduct(ID, "PAY", "Payments", 2);

		assertThat(new KnownProduct(ID, "PAY", "Payments & wallets", 3).supersedes(held)).isTrue();
		assertThat(new KnownProduct(ID, "PAY", "Old name", 1).supersedes(held)).isFalse();
		assertThat(held.supersedes(null)).isTrue();
	}

	@Test
	void doneAndRemovedItemsAreNoLongerOpenWork() {
		assertThat(ItemStatus.DONE.isOpen()).isFalse();
		assertThat(ItemStatus.REMOVED.isOpen()).isFalse();
		assertThat(ItemStatus.IN_PROGRESS.isOpen()).isTrue();
		assertThat(ItemStatus.DRAFT.isOpen()).isTrue();
	}

	static BacklogItem version(long version) {
		return new BacklogItem(ID, UUID.randomUUID(), "PAY", "PAY-1", "Pay", "PAY-CHECKOUT", BigDecimal.ONE,
				ItemStatus.DRAFT, "m", version);
	}

}
