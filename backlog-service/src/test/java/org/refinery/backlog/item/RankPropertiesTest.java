package org.refinery.backlog.item;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rank invariants under arbitrary sequences of moves, as a product owner reorders a backlog. */
class RankPropertiesTest {

	@Property(tries = 200)
	void anySequenceOfMovesKeepsAPermutationInStrictOrderWithMovesLandingWhereAsked(
			@ForAll @IntRange(min = 1, max = 60) int items,
			@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 10_000) Integer> moves) {
		List<String> ranks = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			ranks.add(Ranks.between(ranks.isEmpty() ? null : ranks.getLast(), null));
			order.add(i);
		}
		for (int i = 0; i + 1 < moves.size(); i += 2) {
			int from = moves.get(i) % items;
			int to = moves.get(i + 1) % items;
			Integer item = order.remove(from);
			ranks.remove(from);
			String low = to == 0 ? null : ranks.get(to - 1);
			String high = to == ranks.size() ? null : ranks.get(to);
			ranks.add(to, Ranks.between(low, high));
			order.add(to, item);
			assertThat(order.get(to)).isEqualTo(item);
		}
		assertThat(ranks).isSorted();
		assertThat(new HashSet<>(ranks)).hasSize(items);
		assertThat(new HashSet<>(order)).hasSize(items);
	}

}
