package org.refinery.alignment.summary.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Portfolio.TrendPoint;
import org.refinery.alignment.summary.Scope;
import org.refinery.alignment.summary.application.DailySnapshots;
import org.refinery.alignment.summary.application.ProductSummaries;
import org.refinery.alignment.summary.application.ProductTrends;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/alignment/products")
class SummaryController {

	private final ProductSummaries summaries;

	private final ProductTrends trends;

	SummaryController(ProductSummaries summaries, ProductTrends trends) {
		this.summaries = summaries;
		this.trends = trends;
	}

	/**
	 * The product's alignment. {@code scope=open} (default) counts every item neither DONE nor
	 * REMOVED; {@code scope=top&n=50} the first {@code n} of those by rank.
	 */
	@Operation(summary = "The product's alignment", description = ApiDocs.SUMMARY)
	@GetMapping("/{productKey}/summary")
	AlignmentSummary summary(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "open") String scope,
			@RequestParam(defaultValue = "50") @Min(1) @Max(10000) int n) {
		return summaries.summary(productKey, scopeOf(scope, n), caller);
	}

	/** The product's daily alignment (open scope) over the last {@code days} days, oldest first. */
	@Operation(summary = "The product's alignment trend, one point a day", description = ApiDocs.TREND)
	@GetMapping("/{productKey}/trend")
	ProductTrend trend(Caller caller, @PathVariable @ProductKey String productKey,
			@RequestParam(defaultValue = "90") @Min(1) @Max(DailySnapshots.KEPT_DAYS) int days) {
		return new ProductTrend(productKey, trends.trend(productKey, days, caller));
	}

	static Scope scopeOf(String scope, int n) {
		return switch (scope.toLowerCase(Locale.ROOT)) {
			case "open" -> Scope.open();
			case "top" -> Scope.top(n);
			default -> throw InvalidInput.of(InputError.query("scope", scope, "must be one of open, top"));
		};
	}

	/** A product's trend. */
	record ProductTrend(String productKey, List<TrendPoint> trend) {
	}

}
