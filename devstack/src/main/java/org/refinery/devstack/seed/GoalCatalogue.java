package org.refinery.devstack.seed;

import org.refinery.devstack.seed.DemoGoal.KeyResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The strategy the backlogs serve: three objectives, their themes (each with its target share of
 * the investment) and six product goals. One theme has no product goal on purpose, so the
 * alignment dashboards have a gap to show. Objectives and themes span the anchor's year, product
 * goals its half-year, so that the strategy is the current one on the day the demo is seeded.
 */
final class GoalCatalogue {

	private GoalCatalogue() {
	}

	static List<DemoGoal> goals(LocalDate anchor) {
		var year = new Timeframe(anchor.withDayOfYear(1), anchor.withDayOfYear(anchor.lengthOfYear()));
		LocalDate halfStart = anchor.withDayOfMonth(1).withMonth(anchor.getMonthValue() <= 6 ? 1 : 7);
		var half = new Timeframe(halfStart, halfStart.plusMonths(6).minusDays(1));
		return List.of(
				objective(year, "OBJ-REVENUE", "Grow cross-border revenue", 5, result("Cross-border revenue growth (%)", 0, 25, 9)),
				objective(year, "OBJ-TRUST", "Earn and keep customer trust", 4, result("Net promoter score", 31, 45, 36)),
				objective(year, "OBJ-FLOW", "Ship faster with less toil", 3, result("Lead time for changes (days)", 12, 5, 9)),
				theme(year, "TH-LOCAL", "OBJ-REVENUE", "Local payment methods in new markets", "0.20"),
				theme(year, "TH-CHECKOUT", "OBJ-REVENUE", "Frictionless checkout and discovery", "0.30"),
				theme(year, "TH-RETURN", "OBJ-REVENUE", "Customers who come back", "0.10"),
				theme(year, "TH-FRAUD", "OBJ-TRUST", "Fraud and risk under control", "0.15"),
				theme(year, "TH-MONEY", "OBJ-TRUST", "Transparent money movement", "0.15"),
				theme(year, "TH-DEVEX", "OBJ-FLOW", "Developer productivity", "0.10"),
				productGoal(half, "PG-PAY-PAYOUTS", "0.40", "TH-MONEY", "PAY", "Launch instant payouts in the EU",
						result("Payouts arriving within 10 seconds (%)", 0, 90, 35)),
				productGoal(half, "PG-PAY-FRAUD", "0.35", "TH-FRAUD", "PAY", "Halve false fraud declines",
						result("False decline rate (%)", 1.1, 0.5, 0.8)),
				productGoal(half, "PG-PAY-METHODS", "0.25", "TH-LOCAL", "PAY", "Offer five new local payment methods",
						result("Local payment methods live", 0, 5, 2)),
				productGoal(half, "PG-SHOP-CHECKOUT", "0.40", "TH-CHECKOUT", "SHOP", "One-page checkout in every market",
						result("Checkout conversion (%)", 61, 69, 64)),
				productGoal(half, "PG-SHOP-SEARCH", "0.30", "TH-CHECKOUT", "SHOP", "Find it on the first search",
						result("Zero-result searches (%)", 7, 2, 4.5)),
				productGoal(half, "PG-SHOP-LOYALTY", "0.30", "TH-RETURN", "SHOP", "Grow repeat purchases by 15%",
						result("Repeat purchase rate (%)", 33, 38, 34)));
	}

	private record Timeframe(LocalDate start, LocalDate end) {
	}

	private static DemoGoal objective(Timeframe year, String ref, String title, int weight, KeyResult keyResult) {
		return new DemoGoal(ref, "OBJECTIVE", null, null, title, "pia", weight, null, year.start(), year.end(),
				List.of(keyResult));
	}

	private static DemoGoal theme(Timeframe year, String ref, String parent, String title, String share) {
		return new DemoGoal(ref, "THEME", parent, null, title, "pia", 3, new BigDecimal(share), year.start(),
				year.end(), List.of());
	}

	/** A product goal with its target share of its product's effort, against which the product's drift is measured. */
	private static DemoGoal productGoal(Timeframe half, String ref, String share, String parent, String product,
			String title, KeyResult keyResult) {
		return new DemoGoal(ref, "PRODUCT_GOAL", parent, product, title, "paul", 3, new BigDecimal(share), half.start(),
				half.end(), List.of(keyResult));
	}

	private static KeyResult result(String metric, double baseline, double target, double current) {
		return new KeyResult(metric, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), BigDecimal.valueOf(current));
	}

}
