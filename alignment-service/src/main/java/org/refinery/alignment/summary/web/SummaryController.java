package org.refinery.alignment.summary.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.alignment.goal.Caller;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Scope;
import org.refinery.alignment.summary.application.ProductSummaries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

@RestController
@RequestMapping("/api/alignment/products")
class SummaryController {

	private final ProductSummaries summaries;

	SummaryController(ProductSummaries summaries) {
		this.summaries = summaries;
	}

	/**
	 * The product's alignment. {@code scope=open} (default) counts every item neither DONE nor
	 * REMOVED; {@code scope=top&n=50} the first {@code n} of those by rank.
	 */
	@GetMapping("/{productKey}/summary")
	AlignmentSummary summary(Caller caller, @PathVariable String productKey,
			@RequestParam(defaultValue = "open") String scope,
			@RequestParam(defaultValue = "50") @Min(1) @Max(10000) int n) {
		return summaries.summary(productKey, scopeOf(scope, n), caller);
	}

	static Scope scopeOf(String scope, int n) {
		return switch (scope) {
			case "open" -> Scope.open();
			case "top" -> Scope.top(n);
			default -> throw new ServerWebInputException("scope must be 'open' or 'top', was '" + scope + "'");
		};
	}

}
