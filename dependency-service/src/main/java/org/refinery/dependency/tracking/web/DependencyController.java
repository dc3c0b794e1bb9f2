package org.refinery.dependency.tracking.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.DependencyQuery;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.keycloak.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dependencies")
class DependencyController {

	private final Dependencies dependencies;

	DependencyController(Dependencies dependencies) {
		this.dependencies = dependencies;
	}

	/** Dependencies of the products the caller may see, optionally of one product, team or status. */
	@GetMapping
	DependencyPage list(CurrentUser user, @RequestParam(required = false) String product,
			@RequestParam(required = false) String team, @RequestParam(required = false) DependencyStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var query = new DependencyQuery(user.seesAllProducts() ? null : user.products(), product, team, status);
		var content = dependencies.matching(query, page * size, size).stream().map(DependencyView::of).toList();
		return new DependencyPage(content, page, size, dependencies.countMatching(query));
	}

}
