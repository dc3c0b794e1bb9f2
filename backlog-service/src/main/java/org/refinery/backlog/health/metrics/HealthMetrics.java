package org.refinery.backlog.health.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.refinery.backlog.health.HealthFacts;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.HealthScore;
import org.refinery.backlog.health.ProductFigures;
import org.refinery.backlog.health.RefinementHealth;
import org.refinery.backlog.health.application.ProductHealth;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Refreshes the per-product refinement-health gauges and the health score on a fixed delay.
 * Reading aggregates every scrape would put the database on Prometheus' schedule; a refresh
 * every half minute is plenty for signals that move over days.
 */
@Component
class HealthMetrics {

	private final HealthFigures figures;

	private final Clock clock;

	private final MultiGauge items;

	private final MultiGauge readyDepth;

	private final MultiGauge topReadiness;

	private final MultiGauge stale;

	private final MultiGauge daysSinceSession;

	private final MultiGauge representation;

	private final MultiGauge score;

	private final MultiGauge parts;

	HealthMetrics(HealthFigures figures, Clock clock, MeterRegistry meters) {
		this.figures = figures;
		this.clock = clock;
		this.items = gauge("refinery.backlog.items", "Backlog items by status", meters);
		this.readyDepth = gauge("refinery.backlog.ready.depth", "Ready points in Sprints of median velocity", meters);
		this.topReadiness = gauge("refinery.backlog.top.readiness.ratio", "Share of the top 50 open items that is ready",
				meters);
		this.stale = gauge("refinery.backlog.items.stale", "Open items untouched for 30 days or more", meters);
		this.daysSinceSession = gauge("refinery.backlog.refinement.days.since",
				"Days since the last refinement session started", meters);
		this.representation = gauge("refinery.backlog.refinement.team.representation",
				"Share of teams represented in the last three sessions", meters);
		this.score = gauge("refinery.health.score", "Refinement-health score, 0-100", meters);
		this.parts = gauge("refinery.health.part", "Score of each part of the refinement-health score, 0-100",
				meters);
	}

	@Scheduled(fixedDelayString = "${refinery.backlog.health.refresh:PT30S}", initialDelayString = "PT5S")
	@Transactional(readOnly = true)
	void refresh() {
		List<HealthFacts> all = figures.ofAllProducts(ProductHealth.VELOCITY_PERIODS);
		List<MultiGauge.Row<?>> itemRows = new ArrayList<>();
		List<MultiGauge.Row<?>> staleRows = new ArrayList<>();
		for (HealthFacts facts : all) {
			ProductFigures product = facts.figures();
			product.itemsByStatus().forEach((status, count) -> itemRows
				.add(MultiGauge.Row.of(Tags.of("product", product.productKey(), "status", status), count)));
			product.staleByTeam().forEach((team, count) -> staleRows
				.add(MultiGauge.Row.of(Tags.of("product", product.productKey(), "team", team), count)));
		}
		items.register(itemRows, true);
		stale.register(staleRows, true);
		List<RefinementHealth> health = all.stream().map(facts -> RefinementHealth.of(facts.figures())).toList();
		readyDepth.register(rows(health, RefinementHealth::readyDepthInPeriods), true);
		topReadiness.register(rows(health, RefinementHealth::topReadinessRatio), true);
		representation.register(rows(health, RefinementHealth::teamRepresentation), true);
		daysSinceSession.register(all.stream()
			.<MultiGauge.Row<?>>map(f -> MultiGauge.Row.of(Tags.of("product", f.figures().productKey()),
					f.figures().daysSinceLastSession()))
			.toList(), true);
		scores(all.stream().map(facts -> HealthScore.of(facts, clock.instant())).toList());
	}

	/** The score per product, and each part that has data; a part without data has no gauge. */
	private void scores(List<HealthScore> scores) {
		score.register(scores.stream()
			.<MultiGauge.Row<?>>map(s -> MultiGauge.Row.of(Tags.of("product", s.productKey()), s.score()))
			.toList(), true);
		parts.register(scores.stream()
			.flatMap(s -> s.parts().stream().filter(p -> p.hasData())
				.<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("product", s.productKey(), "part",
						p.part().name()), p.score())))
			.toList(), true);
	}

	private static List<MultiGauge.Row<?>> rows(List<RefinementHealth> health, ToDoubleFunction<RefinementHealth> value) {
		return health.stream()
			.<MultiGauge.Row<?>>map(h -> MultiGauge.Row.of(Tags.of("product", h.productKey()), value.applyAsDouble(h)))
			.toList();
	}

	static MultiGauge gauge(String name, String description, MeterRegistry meters) {
		return MultiGauge.builder(name).description(description).register(meters);
	}

}
