package org.refinery.alignment.summary.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.alignment.summary.Portfolio;
import org.refinery.alignment.summary.application.DailySnapshots;
import org.refinery.alignment.summary.application.PortfolioOverview;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alignment/portfolio")
class PortfolioController {

	private final PortfolioOverview overview;

	PortfolioController(PortfolioOverview overview) {
		this.overview = overview;
	}

	/**
	 * Every product the caller may see, with the same scope choice as a product summary, and
	 * the daily trend of the last {@code days} days (at most the {@value DailySnapshots#KEPT_DAYS} kept).
	 */
	@Operation(summary = "Every visible product's alignment, themes against portfolio targets, and the daily trend",
			description = "Product figures follow the summary's rules. `themes` measures each theme with a portfolio "
					+ "target against it, over all visible products' effort. The trend adds up each day's points of the "
					+ "visible products; see the product trend for how back-filled points are computed.")
	@GetMapping
	Portfolio portfolio(Caller caller, @RequestParam(defaultValue = "open") String scope,
			@RequestParam(defaultValue = "50") @Min(1) @Max(10000) int n,
			@RequestParam(defaultValue = "90") @Min(1) @Max(DailySnapshots.KEPT_DAYS) int days) {
		return overview.portfolio(SummaryController.scopeOf(scope, n), days, caller);
	}

}
