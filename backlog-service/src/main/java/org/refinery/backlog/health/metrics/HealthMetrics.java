package org.refinery.backlog.health.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.ProductFigures;
import org.refinery.backlog.health.RefinementHealth;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Refreshes the refinement-health gauges on a fixed delay. Reading aggregates every scrape
 * would put the database on Prometheus' schedule; a refresh every half minute is plenty for
 * signals that move over days.
 */
@Component
class HealthMetrics {

	private static final int VELOCITY_PERIODS = 6;

	private final HealthFigures figures;

	private final MultiGauge items;

	private final MultiGauge readyDepth;

	private final MultiGauge topReadiness;

	private final MultiGauge stale;

	private final MultiGauge daysSinceSession;

	private final MultiGauge representation;

	HealthMetrics(HealthFigures figures, MeterRegistry meters) {
		this.figures = figures;
		this.items = gauge("refinery.backlog.items", "Backlog items by status", meters);
		this.readyDepth = gauge("refinery.backlog.ready.depth", "Ready points in Sprints of median velocity", meters);
		this.topReadiness = gauge("refinery.backlog.top.readiness.ratio", "Share of the top 50 open items that is ready",
				meters);
		this.stale = gauge("refinery.backlog.items.stale", "Open items untouched for 30 days or more", meters);
		this.daysSinceSession = gauge("refinery.backlog.refinement.days.since",
				"Days since the last refinement session started", meters);
		this.representation = gauge("refinery.backlog.refinement.team.representation",
				"Share of teams represented in the last three sessions", meters);
	}

	@Scheduled(fixedDelayString = "${refinery.backlog.health.refresh:PT30S}", initialDelayString = "PT5S")
	@Transactional(readOnly = true)
	void refresh() {
		List<ProductFigures> all = figures.ofAllProducts(VELOCITY_PERIODS);
		List<MultiGauge.Row<?>> itemRows = new ArrayList<>();
		List<MultiGauge.Row<?>> staleRows = new ArrayList<>();
		for (ProductFigures product : all) {
			product.itemsByStatus().forEach((status, count) -> itemRows
				.add(MultiGauge.Row.of(Tags.of("product", product.productKey(), "status", status), count)));
			product.staleByTeam().forEach((team, count) -> staleRows
				.add(MultiGauge.Row.of(Tags.of("product", product.productKey(), "team", team), count)));
		}
		items.register(itemRows, true);
		stale.register(staleRows, true);
		List<RefinementHealth> health = all.stream().map(RefinementHealth::of).toList();
		readyDepth.register(rows(health, RefinementHealth::readyDepthInPeriods), true);
		topReadiness.register(rows(health, RefinementHealth::topReadinessRatio), true);
		representation.register(rows(health, RefinementHealth::teamRepresentation), true);
		daysSinceSession.register(all.stream()
			.<MultiGauge.Row<?>>map(p -> MultiGauge.Row.of(Tags.of("product", p.productKey()), p.daysSinceLastSession()))
			.toList(), true);
	}

	private static List<MultiGauge.Row<?>> rows(List<RefinementHealth> health,
			java.util.function.ToDoubleFunction<RefinementHealth> value) {
		return health.stream()
			.<MultiGauge.Row<?>>map(h -> MultiGauge.Row.of(Tags.of("product", h.productKey()), value.applyAsDouble(h)))
			.toList();
	}

	private static MultiGauge gauge(String name, String description, MeterRegistry meters) {
		return MultiGauge.builder(name).description(description).register(meters);
	}

}
