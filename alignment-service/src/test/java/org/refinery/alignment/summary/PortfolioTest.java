package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioTest {

	static final UUID PAYMENTS = UUID.randomUUID();

	static final UUID SEARCH = UUID.randomUUID();

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

	@Test
	void aThemesShareAcrossProductsWeighsEachProductByItsEffort() {
		// PAY: 30 of 40 points serve Payments (0.75); SHOP: 10 of 60 (0.1667). Together 40 of 100.
		var pay = summary("PAY", "40", theme(PAYMENTS, "Payments", "0.5", "30", "40"));
		var shop = summary("SHOP", "60", theme(PAYMENTS, "Payments", "0.5", "10", "60"));

		var themes = Portfolio.of(List.of(pay, shop), List.of()).themes();

		assertThat(themes).singleElement().satisfies(theme -> {
			assertThat(theme.servedEffort()).isEqualByComparingTo("40");
			assertThat(theme.actual()).isEqualByComparingTo("0.4");
			assertThat(theme.drift()).isEqualByComparingTo("-0.1");
		});
	}

	@Test
	void thePortfoliosDriftIsMeasuredAgainstThePortfolioTargetNotAProductsOwn() {
		// PAY plans 0.7 of its own effort for Payments, the portfolio 0.5; PAY invests 30 of 40 (0.75).
		BigDecimal actual = Ratio.share(new BigDecimal("30"), new BigDecimal("40"));
		var own = new ThemeInvestment(PAYMENTS, "Payments", new BigDecimal("0.7"), new BigDecimal("0.5"),
				new BigDecimal("30"), actual, actual.subtract(new BigDecimal("0.7")));

		var themes = Portfolio.of(List.of(summary("PAY", "40", own)), List.of()).themes();

		assertThat(themes).singleElement().satisfies(theme -> {
			assertThat(theme.target()).isEqualByComparingTo("0.5");
			assertThat(theme.drift()).isEqualByComparingTo("0.25");
		});
	}

	@Test
	void eachProductShowsItsLargestDriftWhicheverItsSign() {
		var pay = summary("PAY", "40", theme(PAYMENTS, "Payments", "0.5", "30", "40"),
				theme(SEARCH, "Search", "0.4", "0", "40"));

		var figures = Portfolio.of(List.of(pay), List.of()).products().getFirst();

		assertThat(figures.largestDrift()).isEqualByComparingTo("-0.4");
		assertThat(figures.largestDriftTheme()).isEqualTo("Search");
	}

	@Test
	void aProductsFiguresSayWhenTheyWereComputedAndWhetherNewerOnesAreOnTheirWay() {
		var current = summary("PAY", "40");
		var changedSince = new ComputedSummary(summary("SHOP", "60").summary(), NOON.minusSeconds(3), true);

		var products = Portfolio.of(List.of(current, changedSince), List.of()).products();

		assertThat(products).extracting(Portfolio.ProductFigures::asOf).containsExactly(NOON, NOON.minusSeconds(3));
		assertThat(products).extracting(Portfolio.ProductFigures::stale).containsExactly(false, true);
	}

	@Test
	void theTrendAddsUpTheSnapshotsOfEachDayOldestFirst() {
		var snapshots = List.of(new Snapshot(MONDAY.plusDays(1), "PAY", 10, 5, new BigDecimal("40"), new BigDecimal("30"), false),
				new Snapshot(MONDAY, "PAY", 10, 4, new BigDecimal("40"), new BigDecimal("20"), true),
				new Snapshot(MONDAY, "SHOP", 30, 6, new BigDecimal("60"), new BigDecimal("10"), false));

		var trend = Portfolio.of(List.of(), snapshots).trend();

		assertThat(trend).extracting(Portfolio.TrendPoint::day).containsExactly(MONDAY, MONDAY.plusDays(1));
		assertThat(trend.getFirst().items()).isEqualTo(40);
		assertThat(trend.getFirst().byCount()).isEqualByComparingTo("0.25");
		assertThat(trend.getFirst().byEffort()).isEqualByComparingTo("0.3");
		assertThat(trend.get(1).byEffort()).isEqualByComparingTo("0.75");
		assertThat(trend).extracting(Portfolio.TrendPoint::backfilled).containsExactly(true, false);
	}

	static ThemeInvestment theme(UUID id, String title, String target, String served, String total) {
		BigDecimal actual = Ratio.share(new BigDecimal(served), new BigDecimal(total));
		return new ThemeInvestment(id, title, new BigDecimal(target), new BigDecimal(target), new BigDecimal(served), actual,
				actual.subtract(new BigDecimal(target)));
	}

	static ComputedSummary summary(String product, String effort, ThemeInvestment... themes) {
		Ratio overall = Ratio.of(1, 2, BigDecimal.ONE, new BigDecimal(effort));
		return new ComputedSummary(new AlignmentSummary(product, Scope.open(), BigDecimal.ONE, Effort.RULE, overall,
				Map.of(), List.of(), List.of(), List.of(), List.of(themes), List.of(), List.of(), List.of()), NOON, false);
	}

}
