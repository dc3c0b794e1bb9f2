package org.refinery.backlog.health;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RefinementHealthTest {

	static ProductFigures figures(String readyPoints, List<Integer> done) {
		return new ProductFigures("PAY", Map.of(), new BigDecimal(readyPoints),
				done.stream().map(BigDecimal::valueOf).toList(), 30, 50, Map.of(), 3, 3, 4);
	}

	@Test
	void readyDepthIsReadyPointsInSprintsOfMedianVelocity() {
		var health = RefinementHealth.of(figures("60", List.of(10, 40, 20, 0, 20)));

		assertThat(health.readyDepthInPeriods()).isEqualTo(3.0);
	}

	@Test
	void anEvenNumberOfPeriodsTakesTheMeanOfTheMiddleTwo() {
		assertThat(RefinementHealth.median(List.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(4),
				BigDecimal.valueOf(6)))).isEqualByComparingTo("5");
	}

	@Test
	void withoutAnyFinishedWorkThereIsNoDepthToClaim() {
		assertThat(RefinementHealth.of(figures("60", List.of(0, 0))).readyDepthInPeriods()).isZero();
		assertThat(RefinementHealth.of(figures("60", List.of())).readyDepthInPeriods()).isZero();
	}

	@Test
	void ratiosAreSharesOfTheTopItemsAndOfTheTeams() {
		var health = RefinementHealth.of(figures("0", List.of()));

		assertThat(health.topReadinessRatio()).isEqualTo(0.6);
		assertThat(health.teamRepresentation()).isEqualTo(0.75);
	}

}
