package org.refinery.backlog.item;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.ReadyForPlanning.Prerequisite;
import org.refinery.backlog.item.ReadyForPlanning.Throughput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyForPlanningTest {

	static Throughput points(int... perPeriod) {
		return new Throughput(14, Arrays.stream(perPeriod).mapToObj(BigDecimal::valueOf).toList(),
				Arrays.stream(perPeriod).mapToObj(p -> 1L).toList());
	}

	static Item estimated(Integer points) {
		return ItemTest.draft(List.of("works"), points == null ? null : BigDecimal.valueOf(points), "PAY-CHECKOUT");
	}

	@Test
	void eachItemFallsInThePeriodItsCumulativePointsReachAtMedianThroughput() {
		var view = ReadyForPlanning.of("PAY-CHECKOUT", points(8, 40, 10, 12, 0), List.of(estimated(6), estimated(4),
				estimated(1), estimated(10)), Map.of(), false);

		assertThat(view.throughput().medianPoints()).isEqualByComparingTo("10");
		assertThat(view.items()).extracting(ReadyForPlanning.Entry::cumulativeEstimate)
			.containsExactly(BigDecimal.valueOf(6), BigDecimal.valueOf(10), BigDecimal.valueOf(11), BigDecimal.valueOf(21));
		assertThat(view.items()).extracting(ReadyForPlanning.Entry::period).containsExactly(1, 1, 2, 3);
	}

	@Test
	void anUnestimatedItemHasNoPeriodAndAddsNothing() {
		var view = ReadyForPlanning.of("PAY-CHECKOUT", points(5, 5), List.of(estimated(3), estimated(null),
				estimated(3)), Map.of(), false);

		assertThat(view.items()).extracting(ReadyForPlanning.Entry::period).containsExactly(1, null, 2);
		assertThat(view.unestimated()).isEqualTo(1);
		assertThat(view.readyPoints()).isEqualByComparingTo("6");
	}

	@Test
	void withoutRecentThroughputNoItemIsPlacedInAPeriod() {
		var view = ReadyForPlanning.of("PAY-CHECKOUT", points(0, 0, 0), List.of(estimated(3)), Map.of(), false);

		assertThat(view.items().getFirst().period()).isNull();
		assertThat(ReadyForPlanning.of("PAY-CHECKOUT", points(), List.of(estimated(3)), Map.of(), false).items()
			.getFirst().period()).isNull();
	}

	@Test
	void anEvenNumberOfPeriodsTakesTheMeanOfTheMiddleTwo() {
		assertThat(points(4, 9, 7, 100).medianPoints()).isEqualByComparingTo("8");
	}

	@Test
	void openPrerequisitesStayWithTheirItem() {
		Item blocked = estimated(2);
		var prerequisite = new Prerequisite(java.util.UUID.randomUUID(), "PAY-9", "Ledger", ItemStatus.DRAFT);

		var view = ReadyForPlanning.of("PAY-CHECKOUT", points(5), List.of(estimated(1), blocked),
				Map.of(blocked.id(), List.of(prerequisite)), true);

		assertThat(view.items()).extracting(entry -> entry.openPrerequisites().size()).containsExactly(0, 1);
		assertThat(view.more()).isTrue();
	}

}
