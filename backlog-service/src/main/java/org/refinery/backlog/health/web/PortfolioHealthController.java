package org.refinery.backlog.health.web;

import org.refinery.backlog.health.HealthPart;
import org.refinery.backlog.health.application.PortfolioHealth;
import org.refinery.backlog.health.web.HealthController.PartView;
import org.refinery.http.PageNumber;
import org.refinery.http.PageSize;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/backlog/portfolio")
class PortfolioHealthController {

	private final PortfolioHealth health;

	PortfolioHealthController(PortfolioHealth health) {
		this.health = health;
	}

	/**
	 * The refinement health of every product the caller may see, by key, a page at a time: what
	 * the portfolio page lists in one request instead of one per product.
	 */
	@GetMapping("/health")
	PortfolioHealthPage health(Caller caller, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @PageSize int size) {
		var result = health.page(caller, page, size);
		return new PortfolioHealthPage(result.content().stream().map(EntryView::of).toList(), page, size,
				result.total());
	}

	/** One page of products' health; {@code totalElements} counts every product the caller may see. */
	record PortfolioHealthPage(List<EntryView> content, int page, int size, long totalElements) {
	}

	/**
	 * One product's health as the portfolio lists it: the score, its weakest part (null when no
	 * part has data), ready depth in periods and the forecast's P95/P50 spread (each null without
	 * data), the open items untouched for 30 days, and every part for the drill-down.
	 */
	record EntryView(String productKey, String name, int score, Instant computedAt, PartView weakestPart,
			Double readyDepth, Double forecastSpread, long staleItems, List<PartView> parts) {

		static EntryView of(PortfolioHealth.Entry entry) {
			var score = entry.score();
			return new EntryView(entry.product().key(), entry.product().name(), score.score(), score.computedAt(),
					score.weakest().map(PartView::of).orElse(null), score.valueOf(HealthPart.READY_DEPTH),
					score.valueOf(HealthPart.PREDICTABILITY), entry.staleItems(),
					score.parts().stream().map(PartView::of).toList());
		}

	}

}
