package org.refinery.backlog.health.web;

import org.refinery.backlog.health.HealthScore;
import org.refinery.backlog.health.PartScore;
import org.refinery.backlog.health.application.ProductHealth;
import org.refinery.http.ProductKey;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/backlog")
class HealthController {

	private final ProductHealth health;

	HealthController(ProductHealth health) {
		this.health = health;
	}

	/** The product's refinement-health score with every part explained, for the dashboard. */
	@GetMapping("/products/{productKey}/health")
	HealthView health(Caller caller, @PathVariable @ProductKey String productKey) {
		return HealthView.of(health.of(productKey, caller));
	}

	/** The wire shape the dashboard builds against; a part without data has null score and value. */
	record HealthView(String productKey, int score, Instant computedAt, List<PartView> parts) {

		static HealthView of(HealthScore score) {
			return new HealthView(score.productKey(), score.score(), score.computedAt(),
					score.parts().stream().map(PartView::of).toList());
		}

	}

	record PartView(String part, Integer score, int weight, Double value, String unit, String explanation) {

		static PartView of(PartScore p) {
			return new PartView(p.part().name(), p.score(), p.weight(), p.value(), p.unit(), p.explanation());
		}

	}

}
