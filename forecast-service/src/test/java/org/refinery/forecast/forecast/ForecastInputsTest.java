package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.DeliveryMode;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.WorkMode;
import org.refinery.forecast.simulation.MonteCarlo;
import org.refinery.forecast.simulation.Outcome;
import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ForecastInputsTest {

	static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

	/** The first day of a Sprint and of a Release, so the running period is still all to come. */
	static final LocalDate TODAY = FIRST.plusDays(28);

	static final KnownProduct SCRUM = new KnownProduct(UUID.randomUUID(), "PAY", DeliveryMode.SCALED_SCRUM, 14, null,
			FIRST, 1);

	static final KnownProduct KANBAN = new KnownProduct(UUID.randomUUID(), "OPS", DeliveryMode.SCALED_KANBAN, null, 28,
			FIRST, 1);

	@Test
	void aKanbanTeamDrawsOneDailySampleForEveryDayOfARelease() {
		assertThat(TeamHistory.drawsPerPeriod(KANBAN, WorkMode.KANBAN, List.of(sample(FIRST, FIRST)))).isEqualTo(28);
		assertThat(TeamHistory.drawsPerPeriod(KANBAN, WorkMode.KANBAN, List.of())).isEqualTo(28);
		assertThat(TeamHistory.drawsPerPeriod(SCRUM, WorkMode.SCRUM, List.of(sample(FIRST, FIRST.plusDays(13)))))
			.isEqualTo(1);
		assertThat(TeamHistory.drawsPerPeriod(KANBAN, WorkMode.SCRUM, List.of(sample(FIRST, FIRST.plusDays(13)))))
			.isEqualTo(2);
	}

	@Test
	void pointsModeSizesItemsByEstimateAndWarnsAboutUnestimatedOnes() {
		List<BacklogItem> items = List.of(item("a", "PAY-A", 4, null), item("b", "PAY-A", null, null));
		ForecastInputs inputs = ForecastInputs.of(SCRUM, List.of(team("PAY-A")), items, List.of(),
				t -> List.of(sample(FIRST, FIRST.plusDays(13), 1)), request(Mode.POINTS, List.of()), TODAY, 5);

		Outcome outcome = MonteCarlo.run(inputs.scenario(), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(o -> o.p50()).containsExactly(2, 4);
		assertThat(inputs.warnings()).singleElement().asString().contains("median estimate");
	}

	@Test
	void blockersAndParentsFromTheReadModelShapeTheScenario() {
		BacklogItem epic = item("a", null, null, null);
		BacklogItem child = item("b", "PAY-A", 1, epic.id());
		BacklogItem prerequisite = item("c", "PAY-B", 1, null);
		Blocker blocks = new Blocker(UUID.randomUUID(), SCRUM.id(), child.id(), prerequisite.id(), true, 1);
		ForecastInputs inputs = ForecastInputs.of(SCRUM, List.of(team("PAY-A"), team("PAY-B")),
				List.of(epic, child, prerequisite), List.of(blocks), t -> List.of(sample(FIRST, FIRST.plusDays(13), 1)),
				request(Mode.COUNT, List.of()), TODAY, 5);

		Outcome outcome = MonteCarlo.run(inputs.scenario(), 10, new SplittableRandom(1));

		assertThat(outcome.items()).extracting(o -> o.p50()).containsExactly(2, 2, 1);
	}

	@Test
	void capacityForATeamOfAnotherProductOrBeyondTheHorizonIsRefused() {
		List<BacklogItem> items = List.of(item("a", "PAY-A", 1, null));
		assertThatExceptionOfType(InvalidForecastRequest.class).isThrownBy(() -> ForecastInputs.of(SCRUM,
				List.of(team("PAY-A")), items, List.of(), t -> List.of(),
				request(Mode.COUNT, List.of(new CapacityAdjustment("SHOP-CART", 1, 0.5))), TODAY, 5));
		assertThatExceptionOfType(InvalidForecastRequest.class).isThrownBy(() -> ForecastInputs.of(SCRUM,
				List.of(team("PAY-A")), items, List.of(), t -> List.of(),
				request(Mode.COUNT, List.of(new CapacityAdjustment("PAY-A", 5, 0.5))), TODAY, 5));
	}

	static ForecastRequest request(Mode mode, List<CapacityAdjustment> capacity) {
		return new ForecastRequest(10, 4, mode, 1, capacity, null);
	}

	static KnownTeam team(String key) {
		return new KnownTeam(UUID.randomUUID(), SCRUM.id(), key, WorkMode.SCRUM, 1);
	}

	static BacklogItem item(String rank, String team, Integer estimate, UUID parent) {
		return new BacklogItem(UUID.randomUUID(), SCRUM.id(), "PAY", "PAY-" + rank, team, ItemStatus.READY,
				estimate == null ? null : BigDecimal.valueOf(estimate), rank, parent, (Instant) null, 1);
	}

	static ThroughputSample sample(LocalDate start, LocalDate end) {
		return sample(start, end, 1);
	}

	static ThroughputSample sample(LocalDate start, LocalDate end, int items) {
		return new ThroughputSample("PAY-A", "PAY", start, end, items, BigDecimal.valueOf(items * 2L),
				SampleSource.IMPORTED);
	}

}
