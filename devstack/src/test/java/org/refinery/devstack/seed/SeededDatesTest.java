package org.refinery.devstack.seed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every date of the demo is relative to the day it is seeded, whatever that day is. */
class SeededDatesTest {

	private static DemoOrganisation seededOn(String day) {
		return DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, LocalDate.parse(day));
	}

	private static Instant at(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-01-01", "2028-02-29", "2031-06-30" })
	void heldSessionsFallInTheLastFiveWeeksTheLatestWithinOneSprintAndOneSessionIsComingUpThisWeek(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(day);
		for (DemoProduct product : organisation.products()) {
			var sessions = organisation.sessions().stream().filter(s -> s.productKey().equals(product.key())).toList();
			var held = sessions.stream().filter(DemoSession::held).map(DemoSession::startsAt).toList();

			assertThat(held).hasSize(DemoOrganisation.SESSIONS_PER_PRODUCT)
				.allSatisfy(start -> assertThat(start).isBetween(at(anchor.minusWeeks(5)), at(anchor)));
			assertThat(held.stream().max(Comparator.naturalOrder()).orElseThrow())
				.isAfter(at(anchor.minusDays(14)));
			assertThat(sessions.stream().filter(s -> !s.held()).map(DemoSession::startsAt))
				.singleElement()
				.satisfies(start -> assertThat(start).isBetween(at(anchor.plusDays(1)), at(anchor.plusDays(8))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-01-04", "2028-02-29" })
	void importedThroughputRunsWithoutGapUntilTheTeamsFirstDoneItemSprintsOnTheProductsGridDaysEveryDay(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(day);
		Map<String, List<ThroughputPeriod>> byTeam = organisation.throughput()
			.stream()
			.collect(Collectors.groupingBy(ThroughputPeriod::teamKey));
		assertThat(byTeam).hasSize(12).allSatisfy((team, periods) -> {
			LocalDate firstDone = organisation.items().stream()
				.filter(item -> team.equals(item.teamKey()) && item.status() == ItemStatus.DONE)
				.map(item -> LocalDate.ofInstant(organisation.completionOf(item.ref()), ZoneOffset.UTC))
				.min(Comparator.naturalOrder())
				.orElseThrow();
			ThroughputPeriod last = periods.getLast();
			assertThat(last.periodEnd()).as(team).isBefore(firstDone);
			assertThat(last.periodEnd().plusDays(ChronoUnit.DAYS.between(last.periodStart(), last.periodEnd()) + 1))
				.as("the period after %s's last imported one holds its first done item", team)
				.isAfterOrEqualTo(firstDone);
			DemoProduct product = organisation.products().stream()
				.filter(candidate -> candidate.key().equals(periods.getFirst().productKey())).findFirst().orElseThrow();
			assertThat(periods.getFirst().periodStart()).as(team)
				.isBefore(CompletionGenerator.windowStart(product, anchor).minusDays(ThroughputGenerator.DAYS - 1));
			for (int i = 1; i < periods.size(); i++) {
				assertThat(periods.get(i).periodStart()).isEqualTo(periods.get(i - 1).periodEnd().plusDays(1));
			}
		});
		DemoProduct pay = organisation.products().getFirst();
		organisation.throughput().forEach(period -> {
			if (period.periodStart().equals(period.periodEnd())) {
				if (period.periodStart().getDayOfWeek() == DayOfWeek.SATURDAY
						|| period.periodStart().getDayOfWeek() == DayOfWeek.SUNDAY) {
					assertThat(period.items()).as("items finished on a weekend").isZero();
				}
			}
			else {
				assertThat(period.productKey()).isEqualTo(pay.key());
				assertThat(ChronoUnit.DAYS.between(pay.firstPeriodStart(), period.periodStart()) % 14).isZero();
				assertThat(ChronoUnit.DAYS.between(period.periodStart(), period.periodEnd())).isEqualTo(13);
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-03-15" })
	void dependenciesAreNeededInTheComingPeriodsAndGoalsSpanTheSeedDay(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(day);

		assertThat(organisation.dependencies())
			.allSatisfy(d -> assertThat(d.neededBy()).isAfter(anchor).isBefore(anchor.plusDays(8 * 28 + 1)));
		assertThat(organisation.goals()).allSatisfy(goal -> {
			assertThat(goal.timeframeStart()).isBeforeOrEqualTo(anchor);
			assertThat(goal.timeframeEnd()).isAfterOrEqualTo(anchor);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 17, 365 })
	void anotherSeedDayMovesTheSessionDatesAndNothingElseOfTheSessionsItemsOrDependencies(int days) {
		DemoOrganisation today = seededOn("2026-12-06");
		DemoOrganisation later = seededOn(LocalDate.parse("2026-12-06").plusDays(days).toString());

		assertThat(later.items()).isEqualTo(today.items());
		assertThat(later.links()).isEqualTo(today.links());
		assertThat(later.sessions()).hasSameSizeAs(today.sessions());
		for (int i = 0; i < today.sessions().size(); i++) {
			DemoSession before = today.sessions().get(i);
			DemoSession after = later.sessions().get(i);
			assertThat(after.startsAt()).isEqualTo(before.startsAt().plus(days, ChronoUnit.DAYS));
			assertThat(after).usingRecursiveComparison().ignoringFields("startsAt").isEqualTo(before);
		}
		assertThat(later.dependencies()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("neededBy")
			.isEqualTo(today.dependencies());
		assertThat(later.throughput()).extracting(ThroughputPeriod::items)
			.isEqualTo(today.throughput().stream().map(ThroughputPeriod::items).toList());
	}

}
