package org.refinery.alignment.goal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalQuery;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.Goals;
import org.refinery.keycloak.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/alignment/goals")
class GoalController {

	private final Goals goals;

	GoalController(Goals goals) {
		this.goals = goals;
	}

	/** Organisation goals and the product goals of products the caller may see. */
	@GetMapping
	GoalPage list(CurrentUser user, @RequestParam(required = false) GoalLevel level,
			@RequestParam(required = false) String product, @RequestParam(required = false) GoalStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		var query = new GoalQuery(user.seesAllProducts() ? null : user.products(), level, product, status);
		var content = goals.matching(query, page * size, size).stream().map(GoalView::of).toList();
		return new GoalPage(content, page, size, goals.countMatching(query));
	}

}
