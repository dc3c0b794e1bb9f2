package org.refinery.forecast.backlog;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.throughput.ThroughputSample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ObservedThroughputTest {

	static final LocalDate FIRST = LocalDate.of(2026, 1, 5);

	static final KnownProduct PAY = new KnownProduct(UUID.randomUUID(), "PAY", DeliveryMode.SCALED_SCRUM, 14, null,
			FIRST, 1);

	@Test
	void aScrumTeamsDoneItemsCountInTheirSprintWithEmptySprintsInBetweenAsZero() {
		var samples = ObservedThroughput.of(PAY, "PAY-A", WorkMode.SCRUM,
				List.of(done("PAY-A", 0, 5), done("PAY-A", 13, 3), done("PAY-A", 28, 2)));

		assertThat(samples).extracting(ThroughputSample::items).containsExactly(2, 0, 1);
		assertThat(samples).extracting(ThroughputSample::periodStart)
			.containsExactly(FIRST, FIRST.plusDays(14), FIRST.plusDays(28));
		assertThat(samples.getFirst().points()).isEqualByComparingTo("8");
	}

	@Test
	void aKanbanTeamSamplesByDay() {
		var samples = ObservedThroughput.of(PAY, "PAY-A", WorkMode.KANBAN,
				List.of(done("PAY-A", 1, 1), done("PAY-A", 3, 1), done("PAY-A", 3, 1)));

		assertThat(samples).extracting(ThroughputSample::items).containsExactly(1, 0, 2);
		assertThat(samples.getFirst().periodEnd()).isEqualTo(FIRST.plusDays(1));
	}

	@Test
	void itemsOfOtherTeamsAndUnfinishedItemsDoNotCount() {
		BacklogItem open = new BacklogItem(UUID.randomUUID(), PAY.id(), "PAY", "PAY-1", "PAY-A", ItemStatus.IN_PROGRESS, null,
				"a", null, null, 1);

		assertThat(ObservedThroughput.of(PAY, "PAY-A", WorkMode.SCRUM, List.of(open, done("PAY-B", 0, 1)))).isEmpty();
	}

	@Test
	void daysBeforeTheFirstSprintFallInEarlierSprintsOfTheSameLength() {
		assertThat(PAY.periodOf(FIRST.minusDays(1))).isEqualTo(new Period(FIRST.minusDays(14), FIRST.minusDays(1)));
		assertThat(PAY.indexOf(FIRST.plusDays(27))).isEqualTo(1);
	}

	static BacklogItem done(String team, int day, int points) {
		return new BacklogItem(UUID.randomUUID(), PAY.id(), "PAY", "PAY-2", team, ItemStatus.DONE, BigDecimal.valueOf(points),
				"a", null, FIRST.plusDays(day).atTime(10, 0).toInstant(ZoneOffset.UTC), 2);
	}

}
