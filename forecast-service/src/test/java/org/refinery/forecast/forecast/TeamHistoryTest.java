package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.refinery.forecast.forecast.ForecastInputsTest.FIRST;
import static org.refinery.forecast.forecast.ForecastInputsTest.KANBAN;
import static org.refinery.forecast.forecast.ForecastInputsTest.SCRUM;
import static org.refinery.forecast.forecast.ForecastInputsTest.item;
import static org.refinery.forecast.forecast.ForecastInputsTest.request;
import static org.refinery.forecast.forecast.ForecastInputsTest.team;

class TeamHistoryTest {

	/** A product of 28-day Releases whose Scrum teams sample 14-day Sprints. */
	static final KnownProduct RELEASES = new KnownProduct(KANBAN.id(), "OPS", DeliveryMode.SCALED_KANBAN, 14, 28,
			FIRST, 1);

	@Test
	void twentyDaySamplesMakeSevenTenthsOfAFourteenDaySprintAndOnePointFourOfATwentyEightDayRelease() {
		List<ThroughputSample> twentyDays = List.of(sample(FIRST, 20, 10));

		assertThat(TeamHistory.drawsPerPeriod(SCRUM, WorkMode.SCRUM, twentyDays)).isEqualTo(0.7);
		assertThat(TeamHistory.drawsPerPeriod(KANBAN, WorkMode.SCRUM, twentyDays)).isEqualTo(1.4);
	}

	@Test
	void aHistoryEndingInAPartialSprintForecastsTheRunningSprintAndNeverTakesItAsAFullSample() {
		LocalDate firstDayOfSprint6 = FIRST.plusDays(5 * 14);
		List<ThroughputSample> samples = new ArrayList<>(sprints(5, 10));
		samples.add(sample(firstDayOfSprint6, 14, 1));
		List<BacklogItem> items = IntStream.range(0, 30).mapToObj(i -> item("r" + (100 + i), "PAY-A", 1, null)).toList();

		ForecastInputs inputs = ForecastInputs.of(SCRUM, List.of(team("PAY-A")), items, List.of(), t -> samples,
				request(Mode.COUNT, List.of()), firstDayOfSprint6, 5);
		Outcome outcome = MonteCarlo.run(inputs.scenario(), 50, new SplittableRandom(1));

		assertThat(outcome.teams().getFirst().mean()).isEqualTo(10);
		assertThat(outcome.items().get(9).p95()).isEqualTo(1);
		assertThat(outcome.items().get(10).p50()).isEqualTo(2);
	}

	@Test
	void aReleaseHalfOverIsForecastWithHalfItsSamples() {
		LocalDate halfway = FIRST.plusDays(28 + 14);
		List<ThroughputSample> samples = sprints(3, 10);
		List<BacklogItem> items = IntStream.range(0, 40).mapToObj(i -> item("r" + (100 + i), "PAY-A", 1, null)).toList();

		ForecastInputs inputs = ForecastInputs.of(RELEASES, List.of(team("PAY-A")), items, List.of(), t -> samples,
				request(Mode.COUNT, List.of()), halfway, 5);
		Outcome outcome = MonteCarlo.run(inputs.scenario(), 50, new SplittableRandom(1));

		assertThat(TeamHistory.remainingShare(RELEASES, halfway)).isEqualTo(0.5);
		assertThat(outcome.items().get(9).p95()).isEqualTo(1);
		assertThat(outcome.items().get(10).p50()).isEqualTo(2);
		assertThat(outcome.items().get(29).p95()).isEqualTo(2);
		assertThat(outcome.items().get(30).p50()).isEqualTo(3);
	}

	@Test
	void pointsOnAHistoryWithoutPointsAreRefusedNamingTheTeams() {
		List<ThroughputSample> noPoints = List.of(new ThroughputSample("PAY-A", "PAY", FIRST, FIRST.plusDays(13), 8,
				BigDecimal.ZERO, SampleSource.IMPORTED));
		List<BacklogItem> items = List.of(item("a", "PAY-A", 3, null), item("b", "PAY-B", 3, null));

		assertThatExceptionOfType(NoPointHistory.class)
			.isThrownBy(() -> ForecastInputs.of(SCRUM, List.of(team("PAY-A"), team("PAY-B")), items, List.of(),
					t -> t.equals("PAY-A") ? noPoints : sprints(3, 5), request(Mode.POINTS, List.of()),
					FIRST.plusDays(56), 5))
			.satisfies(ex -> assertThat(ex.teams()).containsExactly("PAY-A"))
			.withMessageContaining("PAY-A");
		assertThat(ForecastInputs.of(SCRUM, List.of(team("PAY-A")), items.subList(0, 1), List.of(), t -> noPoints,
				request(Mode.COUNT, List.of()), FIRST.plusDays(56), 5).scenario()).isNotNull();
	}

	/** {@code count} 14-day Sprints from the product's first, each delivering {@code items} (2 points each). */
	static List<ThroughputSample> sprints(int count, int items) {
		return IntStream.range(0, count).mapToObj(i -> sample(FIRST.plusDays(14L * i), 14, items)).toList();
	}

	static ThroughputSample sample(LocalDate start, int days, int items) {
		return new ThroughputSample("PAY-A", "PAY", start, start.plusDays(days - 1L), items,
				BigDecimal.valueOf(items * 2L), SampleSource.IMPORTED);
	}

}
