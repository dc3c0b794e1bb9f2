package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.refinery.devstack.seed.DemoGoal.KeyResult;

/**
 * The strategy the backlogs serve: three objectives, their themes (each with its target share of
 * the investment) and six product goals. One theme has no product goal on purpose, so the
 * alignment dashboards have a gap to show.
 */
final class GoalCatalogue {

	private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

	private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

	private static final LocalDate HALF_END = LocalDate.of(2026, 6, 30);

	private GoalCatalogue() {
	}

	static List<DemoGoal> goals() {
		return List.of(
				objective("OBJ-REVENUE", "Grow cross-border revenue", 5, result("Cross-border revenue growth (%)", 0, 25, 9)),
				objective("OBJ-TRUST", "Earn and keep customer trust", 4, result("Net promoter score", 31, 45, 36)),
				objective("OBJ-FLOW", "Ship faster with less toil", 3, result("Lead time for changes (days)", 12, 5, 9)),
				theme("TH-LOCAL", "OBJ-REVENUE", "Local payment methods in new markets", "0.20"),
				theme("TH-CHECKOUT", "OBJ-REVENUE", "Frictionless checkout and discovery", "0.30"),
				theme("TH-RETURN", "OBJ-REVENUE", "Customers who come back", "0.10"),
				theme("TH-FRAUD", "OBJ-TRUST", "Fraud and risk under control", "0.15"),
				theme("TH-MONEY", "OBJ-TRUST", "Transparent money movement", "0.15"),
				theme("TH-DEVEX", "OBJ-FLOW", "Developer productivity", "0.10"),
				productGoal("PG-PAY-PAYOUTS", "TH-MONEY", "PAY", "Launch instant payouts in the EU",
						result("Payouts arriving within 10 seconds (%)", 0, 90, 35)),
				productGoal("PG-PAY-FRAUD", "TH-FRAUD", "PAY", "Halve false fraud declines",
						result("False decline rate (%)", 1.1, 0.5, 0.8)),
				productGoal("PG-PAY-METHODS", "TH-LOCAL", "PAY", "Offer five new local payment methods",
						result("Local payment methods live", 0, 5, 2)),
				productGoal("PG-SHOP-CHECKOUT", "TH-CHECKOUT", "SHOP", "One-page checkout in every market",
						result("Checkout conversion (%)", 61, 69, 64)),
				productGoal("PG-SHOP-SEARCH", "TH-CHECKOUT", "SHOP", "Find it on the first search",
						result("Zero-result searches (%)", 7, 2, 4.5)),
				productGoal("PG-SHOP-LOYALTY", "TH-RETURN", "SHOP", "Grow repeat purchases by 15%",
						result("Repeat purchase rate (%)", 33, 38, 34)));
	}

	private static DemoGoal objective(String ref, String title, int weight, KeyResult keyResult) {
		return new DemoGoal(ref, "OBJECTIVE", null, null, title, "pia", weight, null, YEAR_START, YEAR_END,
				List.of(keyResult));
	}

	private static DemoGoal theme(String ref, String parent, String title, String share) {
		return new DemoGoal(ref, "THEME", parent, null, title, "pia", 3, new BigDecimal(share), YEAR_START, YEAR_END,
				List.of());
	}

	private static DemoGoal productGoal(String ref, String parent, String product, String title, KeyResult keyResult) {
		return new DemoGoal(ref, "PRODUCT_GOAL", parent, product, title, "paul", 3, null, YEAR_START, HALF_END,
				List.of(keyResult));
	}

	private static KeyResult result(String metric, double baseline, double target, double current) {
		return new KeyResult(metric, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), BigDecimal.valueOf(current));
	}

}
