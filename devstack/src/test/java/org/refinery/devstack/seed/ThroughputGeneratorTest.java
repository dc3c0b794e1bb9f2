package org.refinery.devstack.seed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imported history and the done items tell one story: a forecast made before the done items
 * samples the pace at which they were then finished, which is what makes the demo's backtests
 * meaningful (a history of 4 to 9 items a Sprint beside 1 done item a Sprint had the P85 hold in
 * 28 % of the item backtest's cases).
 */
class ThroughputGeneratorTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-07", "2027-03-15" })
	void eachProductsImportedPaceIsTheDoneItemsPace(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(anchor);

		for (DemoProduct product : organisation.products()) {
			LocalDate start = CompletionGenerator.windowStart(product, anchor);
			List<ThroughputPeriod> before = organisation.throughput().stream()
				.filter(period -> period.productKey().equals(product.key()) && period.periodStart().isBefore(start))
				.toList();
			double imported = before.stream().mapToInt(ThroughputPeriod::items).sum();
			double importedDays = before.stream().mapToLong(ThroughputGeneratorTest::workingDays).sum();
			long teams = organisation.teams().stream().filter(team -> team.productKey().equals(product.key())).count();
			double done = organisation.itemsOf(product.key()).stream().filter(item -> item.status() == ItemStatus.DONE)
				.count();
			double doneDays = CompletionGenerator.window(product, anchor).size() * (double) teams;

			assertThat((imported / importedDays) / (done / doneDays)).as("imported ÷ done pace of %s", product.key())
				.isBetween(0.9, 1.1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-07", "2027-03-15" })
	void nothingImportedIsDatedWhereTheDoneItemsBeginSoTheServiceSeesOnlyThemFromThere(String day) {
		LocalDate anchor = LocalDate.parse(day);
		DemoOrganisation organisation = seededOn(anchor);

		for (DemoProduct product : organisation.products()) {
			LocalDate start = CompletionGenerator.windowStart(product, anchor);
			assertThat(organisation.throughput()).filteredOn(period -> period.productKey().equals(product.key()))
				.filteredOn(period -> !period.periodStart().isBefore(start))
				.allSatisfy(period -> assertThat(period.items()).as("imported within the done items' periods").isZero());
		}
	}

	private static DemoOrganisation seededOn(LocalDate anchor) {
		return DemoOrganisation.generate(DemoOrganisation.DEFAULT_SEED, anchor);
	}

	private static long workingDays(ThroughputPeriod period) {
		return period.periodStart().datesUntil(period.periodEnd().plusDays(1))
			.filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
			.count();
	}

}
