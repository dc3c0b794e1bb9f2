package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.simulation.Cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ForecastBudgetTest {

	private final ForecastBudget budget = new ForecastBudget(1_000_000_000, 500_000);

	@Test
	void aForecastExactlyAtTheBudgetIsAdmitted() {
		Cost cost = new Cost(100_000, 0, 100, 100);

		assertThat(cost.steps()).isEqualTo(1_000_000_000);
		assertThatCode(() -> budget.check(cost)).doesNotThrowAnyException();
	}

	@Test
	void aForecastOverTheStepBudgetNamesTrialsTheFormulaTheLimitAndTheMostTrialsThatFit() {
		Cost dailyReleases = new Cost(100_000, 300, 104, 6 + 6 * 366);

		assertThatExceptionOfType(OverBudget.class).isThrownBy(() -> budget.check(dailyReleases)).satisfies(ex -> {
			assertThat(ex.limit()).isEqualTo(1_000_000_000);
			assertThat(ex.maxTrials()).isEqualTo(4_321);
			assertThat(ex.violations()).singleElement().satisfies(v -> {
				assertThat(v.pointer()).isEqualTo("/trials");
				assertThat(v.value()).isEqualTo(100_000);
				assertThat(v.rule()).isEqualTo("trials × (8 × items + horizon × (teams + draws per period)) = "
						+ "100,000 × (8 × 300 + 104 × 2,202) = 23,140,800,000 exceeds the budget of 1,000,000,000 steps; "
						+ "lower trials (at most 4,321 at this horizon) or horizon");
			});
		});
	}

	@Test
	void aForecastThatWouldStoreTooManyProbabilitiesNamesTheHorizon() {
		Cost manyItems = new Cost(10, 10_000, 104, 1);

		assertThatExceptionOfType(OverBudget.class).isThrownBy(() -> budget.check(manyItems))
			.satisfies(ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
				assertThat(v.pointer()).isEqualTo("/horizon");
				assertThat(v.value()).isEqualTo(104);
				assertThat(v.limit()).isEqualTo(500_000);
				assertThat(v.rule()).contains("items × horizon = 10,000 × 104 = 1,040,000 probabilities exceed")
					.contains("lower horizon (at most 50 for 10,000 items)");
			}));
	}

}
