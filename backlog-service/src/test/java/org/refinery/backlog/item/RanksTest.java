package org.refinery.backlog.item;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RanksTest {

	@Test
	void theFirstRankSitsInTheMiddleOfTheSpace() {
		assertThat(Ranks.between(null, null)).isEqualTo("i");
	}

	@Test
	void aRankFallsStrictlyBetweenItsNeighbours() {
		assertThat(Ranks.between("a", "b")).isGreaterThan("a").isLessThan("b");
		assertThat(Ranks.between("a", "a1")).isGreaterThan("a").isLessThan("a1");
		assertThat(Ranks.between("az", "b")).isGreaterThan("az").isLessThan("b");
		assertThat(Ranks.between(null, "1")).isLessThan("1");
		assertThat(Ranks.between("zzz", null)).isGreaterThan("zzz");
	}

	@Test
	void noRankExistsBetweenARankAndItselfOrBackwards() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ranks.between("b", "b"));
		assertThatIllegalArgumentException().isThrownBy(() -> Ranks.between("c", "b"));
	}

	@RepeatedTest(20)
	void randomMovesKeepAStrictOrderWithoutDuplicatesAndLandWhereAsked() {
		Random random = new Random();
		List<String> order = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			order.add(Ranks.between(order.isEmpty() ? null : order.getLast(), null));
		}
		for (int move = 0; move < 2000; move++) {
			int from = random.nextInt(order.size());
			String moved = order.remove(from);
			int to = random.nextInt(order.size() + 1);
			String low = to == 0 ? null : order.get(to - 1);
			String high = to == order.size() ? null : order.get(to);
			String rank = Ranks.between(low, high);
			order.add(to, rank);
			assertThat(moved).isNotNull();
		}
		assertThat(order).isSorted();
		assertThat(new HashSet<>(order)).hasSize(order.size());
		assertThat(order).allSatisfy(rank -> assertThat(rank).doesNotEndWith("0"));
	}

	@Test
	void hammeringOneGapGrowsRanksSlowly() {
		String low = "a";
		String high = "b";
		for (int i = 0; i < 200; i++) {
			high = Ranks.between(low, high);
		}
		assertThat(high.length()).isLessThan(Ranks.MAX_LENGTH);
	}

	@Test
	void appendingCountsUpAndStaysShort() {
		String rank = null;
		for (int i = 0; i < 200_000; i++) {
			String next = Ranks.after(rank);
			if (rank != null) {
				assertThat(next).isGreaterThan(rank);
			}
			assertThat(next).doesNotEndWith("0");
			rank = next;
		}
		assertThat(rank.length()).isLessThanOrEqualTo(4);
		assertThat(Ranks.after("i0051x")).isEqualTo("i006");
		assertThat(Ranks.after("zzzz")).isGreaterThan("zzzz");
	}

	@Test
	void respacedRanksAreOrderedAndDistinct() {
		String[] ranks = Ranks.spaced(200_000);
		for (int i = 1; i < ranks.length; i++) {
			assertThat(ranks[i]).isGreaterThan(ranks[i - 1]);
		}
		assertThat(ranks[0].length()).isLessThanOrEqualTo(4);
	}

}
