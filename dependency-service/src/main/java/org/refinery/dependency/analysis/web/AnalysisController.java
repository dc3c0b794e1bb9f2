package org.refinery.dependency.analysis.web;

import org.refinery.dependency.analysis.ProductAnalysis;
import org.refinery.dependency.analysis.ProductNotVisible;
import org.refinery.dependency.analysis.application.ProductAnalyses;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dependencies/products/{productKey}/analysis")
class AnalysisController {

	private final ProductAnalyses analyses;

	AnalysisController(ProductAnalyses analyses) {
		this.analyses = analyses;
	}

	/** The product's dependency analysis; {@code team} narrows it to dependencies that team takes part in. */
	@GetMapping
	ProductAnalysis analyse(Caller caller,
			@PathVariable @ProductKey String productKey,
			@RequestParam(required = false) @TeamKey String team) {
		return analyses.analyse(productKey, team, caller);
	}

	@ExceptionHandler
	ProblemDetail notVisible(ProductNotVisible ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Product not found");
		return problem;
	}

}
