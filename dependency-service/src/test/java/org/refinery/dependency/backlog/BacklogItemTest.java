package org.refinery.dependency.backlog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogItemTest {

	static final UUID ID = UUID.randomUUID();

	static BacklogItem item(ItemStatus status, long version) {
		return new BacklogItem(ID, UUID.nameUUIDFromBytes("PAY".getBytes()), "PAY", "PAY-42", "PAY-CHECKOUT", "m",
				status, BigDecimal.valueOf(5), version);
	}

	@Test
	void anItemNotYetStoredIsAlwaysApplied() {
		assertThat(item(ItemStatus.DRAFT, 3).supersedes(Optional.empty())).isTrue();
	}

	@Test
	void onlyAStrictlyNewerVersionReplacesTheStoredItem() {
		var stored = Optional.of(item(ItemStatus.READY, 5));

		assertThat(item(ItemStatus.DONE, 6).supersedes(stored)).isTrue();
		assertThat(item(ItemStatus.READY, 5).supersedes(stored)).as("duplicate").isFalse();
		assertThat(item(ItemStatus.DRAFT, 4).supersedes(stored)).as("late").isFalse();
	}

	@Test
	void ranksCompareAsPlainStrings() {
		var a = new BacklogItem(ID, ID, "PAY", "PAY-1", null, "a", ItemStatus.DRAFT, null, 1);
		var b = new BacklogItem(ID, ID, "PAY", "PAY-2", null, "az", ItemStatus.DRAFT, null, 1);

		assertThat(a.rankedAhead(b)).isTrue();
		assertThat(b.rankedAhead(a)).isFalse();
	}

	@Test
	void aChangeTellsWhetherTheItemBecameDoneWasRemovedOrCameBack() {
		var done = new BacklogItemChanged(item(ItemStatus.IN_PROGRESS, 4), item(ItemStatus.DONE, 5));
		var stillDone = new BacklogItemChanged(item(ItemStatus.DONE, 5), item(ItemStatus.DONE, 6));
		var removed = new BacklogItemChanged(item(ItemStatus.READY, 2), item(ItemStatus.REMOVED, 3));
		var restored = new BacklogItemChanged(item(ItemStatus.REMOVED, 3), item(ItemStatus.READY, 4));

		assertThat(done.becameDone()).isTrue();
		assertThat(stillDone.becameDone()).isFalse();
		assertThat(removed.becameRemoved()).isTrue();
		assertThat(removed.restored()).isFalse();
		assertThat(restored.restored()).isTrue();
		assertThat(new BacklogItemChanged(null, item(ItemStatus.DONE, 1)).becameDone()).isTrue();
		assertThat(done.reassigned()).isFalse();
	}

	@Test
	void aChangeOfOwningTeamIsAReassignment() {
		var before = item(ItemStatus.READY, 1);
		var after = new BacklogItem(ID, before.productId(), "PAY", "PAY-42", "PAY-LEDGER", "m", ItemStatus.READY, null, 2);

		assertThat(new BacklogItemChanged(before, after).reassigned()).isTrue();
		assertThat(new BacklogItemChanged(null, after).reassigned()).isFalse();
	}

}
