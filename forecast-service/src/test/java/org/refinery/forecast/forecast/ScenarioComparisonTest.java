package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioComparisonTest {

	static final UUID A = new UUID(0, 1);

	static final UUID B = new UUID(0, 2);

	static final UUID C = new UUID(0, 3);

	static final UUID D = new UUID(0, 4);

	static final UUID EXTRA = new UUID(0, 9);

	@Test
	void eachItemSaysByHowManyPeriodsItsP50AndP85MovedAndHowLikelyItStillIsByTheBaselinesP85() {
		Forecast baseline = forecast(
				item(A, 1, 2, 0.6, 0.9, 1.0, 1.0),
				item(B, 2, 3, 0.2, 0.55, 0.88, 1.0),
				item(C, 3, null, 0.0, 0.1, 0.6, 0.8),
				item(D, 0, 0, 1.0, 1.0, 1.0, 1.0));
		Forecast scenario = forecast(
				item(B, 1, 2, 0.7, 0.9, 1.0, 1.0),
				item(A, 2, 3, 0.3, 0.6, 0.9, 1.0),
				item(C, 4, null, 0.0, 0.0, 0.4, 0.7),
				item(D, 0, 0, 1.0, 1.0, 1.0, 1.0),
				item(EXTRA, 4, 4, 0.0, 0.0, 0.5, 0.9));

		ScenarioComparison comparison = ScenarioComparison.of(baseline, scenario);

		assertThat(comparison.items()).extracting(ItemShift::itemId).as("the scenario's order, its extra item left out")
			.containsExactly(B, A, C, D);
		assertThat(comparison.items()).extracting(ItemShift::p50Shift).containsExactly(-1, 1, 1, 0);
		assertThat(comparison.items()).extracting(ItemShift::p85Shift).containsExactly(-1, 1, null, 0);
		// B's baseline P85 is period 3: the scenario finishes it by then in every trial; A's is period 2: 60 %.
		assertThat(comparison.items()).extracting(ItemShift::probabilityByBaselineP85)
			.containsExactly(1.0, 0.6, null, 1.0);
		assertThat(comparison.items()).extracting(ItemShift::moved).containsExactly(true, true, true, false);
		assertThat(comparison.moved()).isEqualTo(3);
		assertThat(comparison.baselineId()).isEqualTo(baseline.id());
	}

	@Test
	void anItemThatLeavesTheHorizonMovesWithoutAShiftInPeriods() {
		ScenarioComparison comparison = ScenarioComparison.of(forecast(item(A, 4, 4, 0.0, 0.0, 0.0, 0.9)),
				forecast(item(A, null, null, 0.0, 0.0, 0.0, 0.3)));

		assertThat(comparison.items().getFirst().moved()).isTrue();
		assertThat(comparison.items().getFirst().p50Shift()).isNull();
		assertThat(comparison.items().getFirst().probabilityByBaselineP85()).isEqualTo(0.3);
	}

	@Test
	void aSameScenarioAsTheBaselineMovesNothing() {
		Forecast baseline = forecast(item(A, 1, 2, 0.6, 0.9, 1.0, 1.0), item(B, 2, 3, 0.2, 0.55, 0.88, 1.0));

		ScenarioComparison comparison = ScenarioComparison.of(baseline, baseline);

		assertThat(comparison.moved()).isZero();
		assertThat(comparison.items()).extracting(ItemShift::p85Shift).containsOnly(0);
		assertThat(comparison.items()).extracting(ItemShift::probabilityByBaselineP85).containsExactly(0.9, 0.88);
	}

	private static ItemForecast item(UUID id, Integer p50, Integer p85, Double... byPeriod) {
		return new ItemForecast(id, "K-" + id.getLeastSignificantBits(), "T", p50, p50, p85, p85, List.of(byPeriod),
				null);
	}

	private static Forecast forecast(ItemForecast... items) {
		LocalDate first = LocalDate.of(2026, 1, 5);
		List<UpcomingPeriod> periods = IntStream.rangeClosed(1, 4)
			.mapToObj(i -> new UpcomingPeriod(i, "Sprint " + i, first.plusDays(14L * (i - 1)), first.plusDays(14L * i - 1),
					0, 0, 0, 0, 0))
			.toList();
		return new Forecast(UUID.randomUUID(), UUID.randomUUID(), "PAY", Forecast.NOTICE, Mode.COUNT, 100, 1, 4,
				List.of(), null, null, Instant.parse("2026-01-05T08:00:00Z"), periods, List.of(items), List.of(),
				List.of(), null, List.of(), List.of());
	}

}
