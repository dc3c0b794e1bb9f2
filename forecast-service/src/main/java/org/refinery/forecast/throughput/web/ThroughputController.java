package org.refinery.forecast.throughput.web;

import jakarta.validation.constraints.Pattern;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.keycloak.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/forecasts/teams")
class ThroughputController {

	private final ThroughputHistory history;

	ThroughputController(ThroughputHistory history) {
		this.history = history;
	}

	/** A team's throughput history, oldest period first. */
	@GetMapping("/{teamKey}/throughput")
	TeamThroughput history(CurrentUser user,
			@PathVariable @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "must be a team key such as PAY-CHECKOUT") String teamKey) {
		var samples = history.ofTeam(teamKey, user.seesAllProducts() ? null : user.products());
		return new TeamThroughput(teamKey, samples.stream().map(SampleView::of).toList());
	}

}
