package org.refinery.devstack.seed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Done work was finished in the periods before the seed day, so that a fresh demo has a velocity. */
class CompletionDatesTest {

	private static DemoOrganisation seededOn(LocalDate anchor) {
		return DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, anchor);
	}

	private static int lengthOf(DemoProduct product) {
		return "SCALED_SCRUM".equals(product.deliveryMode()) ? product.sprintLengthDays() : product.releaseLengthDays();
	}

	/** The period of the product's grid that holds the day, as the health figures count it. */
	private static long periodOf(DemoProduct product, LocalDate day) {
		return Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), day), lengthOf(product));
	}

	private static DemoProduct productOf(DemoOrganisation organisation, DemoItem item) {
		return organisation.products().stream().filter(p -> p.key().equals(item.productKey())).findFirst()
			.orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-01-04", "2028-02-29", "2031-06-30" })
	void everyDoneItemWasFinishedOnAWorkingDayOfTheLastSixFinishedPeriodsAndNothingElseWas(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(anchor);

		for (DemoItem item : organisation.items()) {
			Instant completed = organisation.completionOf(item.ref());
			if (item.status() != ItemStatus.DONE) {
				assertThat(completed).as(item.ref()).isNull();
				continue;
			}
			DemoProduct product = productOf(organisation, item);
			LocalDate completedOn = LocalDate.ofInstant(completed, ZoneOffset.UTC);
			long current = periodOf(product, anchor);
			assertThat(periodOf(product, completedOn)).as(item.ref()).isBetween(current - 6, current - 1);
			assertThat(completedOn.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(completed).isAfter(anchor.minusDays(400).atStartOfDay(ZoneOffset.UTC).toInstant());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-03-15" })
	void everyProductAndEveryTeamFinishedWorkInMostOfTheSixPeriodsSoTheirMedianVelocityIsAboveZero(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(anchor);
		Map<String, Set<Long>> periodsWithDoneWork = new HashMap<>();
		for (DemoItem item : organisation.items()) {
			if (item.status() == ItemStatus.DONE) {
				long period = periodOf(productOf(organisation, item),
						LocalDate.ofInstant(organisation.completionOf(item.ref()), ZoneOffset.UTC));
				periodsWithDoneWork.computeIfAbsent(item.productKey(), k -> new HashSet<>()).add(period);
				periodsWithDoneWork.computeIfAbsent(item.teamKey(), k -> new HashSet<>()).add(period);
			}
		}

		assertThat(periodsWithDoneWork).containsKeys("PAY", "SHOP");
		assertThat(periodsWithDoneWork.get("PAY")).hasSize(6);
		assertThat(periodsWithDoneWork.get("SHOP")).hasSize(6);
		assertThat(periodsWithDoneWork).allSatisfy((key, periods) -> assertThat(periods).as(key).hasSizeGreaterThan(3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-06", "2027-03-15" })
	void eachTeamFinishedItsDoneItemsInRankOrderAsTheForecastAssumes(String day) {
		DemoOrganisation organisation = seededOn(LocalDate.parse(day));

		CompletionGenerator.doneByTeam(organisation.items()).forEach((team, done) -> {
			for (int i = 1; i < done.size(); i++) {
				assertThat(organisation.completionOf(done.get(i).ref()))
					.as("%s after %s in %s", done.get(i).ref(), done.get(i - 1).ref(), team)
					.isAfterOrEqualTo(LocalDate.ofInstant(organisation.completionOf(done.get(i - 1).ref()), ZoneOffset.UTC)
						.atStartOfDay(ZoneOffset.UTC).toInstant());
			}
		});
	}

	@Test
	void anotherSeedDayFinishesTheSameItemsOnlyAtOtherDates() {
		DemoOrganisation today = seededOn(LocalDate.parse("2026-12-06"));
		DemoOrganisation later = seededOn(LocalDate.parse("2027-02-10"));

		assertThat(later.completions().keySet()).isEqualTo(today.completions().keySet()).isNotEmpty();
		assertThat(later.completions()).isNotEqualTo(today.completions());
	}

	@Test
	void aProductStillInItsFirstPeriodHasNoFinishedPeriodSoItsWorkIsFinishedWhenSeeded() {
		LocalDate anchor = LocalDate.of(2025, 9, 20); // PAY: Sprint 1 of 14 days has ended; SHOP: Release 0 of 28 runs
		DemoOrganisation organisation = seededOn(anchor);

		assertThat(organisation.itemsOf("SHOP")).allSatisfy(item -> assertThat(organisation.completionOf(item.ref()))
			.isNull());
		assertThat(organisation.itemsOf("PAY").stream().filter(item -> item.status() == ItemStatus.DONE))
			.allSatisfy(item -> assertThat(LocalDate.ofInstant(organisation.completionOf(item.ref()), ZoneOffset.UTC))
				.isBetween(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 14)));
	}

}
