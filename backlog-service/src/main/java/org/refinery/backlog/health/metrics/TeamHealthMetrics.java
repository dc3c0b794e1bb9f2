package org.refinery.backlog.health.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.TeamFigures;
import org.refinery.backlog.health.application.ProductHealth;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The refinement-health gauges per team of each product, under names of their own
 * ({@code refinery.backlog.team.*}) so that the per-product series keep their tags and summing
 * a team series by product never double-counts. Tags are product and team keys, never ids.
 */
@Component
class TeamHealthMetrics {

	private final HealthFigures figures;

	private final MultiGauge items;

	private final MultiGauge readyDepth;

	private final MultiGauge topReadiness;

	private final MultiGauge daysSinceRepresented;

	TeamHealthMetrics(HealthFigures figures, MeterRegistry meters) {
		this.figures = figures;
		this.items = HealthMetrics.gauge("refinery.backlog.team.items", "Backlog items of a team by status", meters);
		this.readyDepth = HealthMetrics.gauge("refinery.backlog.team.ready.depth",
				"A team's ready points in periods of its median velocity", meters);
		this.topReadiness = HealthMetrics.gauge("refinery.backlog.team.top.readiness.ratio",
				"Share of a team's top 50 open items that is ready", meters);
		this.daysSinceRepresented = HealthMetrics.gauge("refinery.backlog.team.refinement.days.since",
				"Days since the team last took part in a refinement session; -1 if never", meters);
	}

	@Scheduled(fixedDelayString = "${refinery.backlog.health.refresh:PT30S}", initialDelayString = "PT7S")
	@Transactional(readOnly = true)
	void refresh() {
		List<TeamFigures> teams = figures.ofAllTeams(ProductHealth.VELOCITY_PERIODS);
		items.register(teams.stream()
			.flatMap(t -> t.itemsByStatus().entrySet().stream()
				.<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(tags(t).and("status", e.getKey()), e.getValue())))
			.toList(), true);
		readyDepth.register(rows(teams, TeamFigures::readyDepthInPeriods), true);
		topReadiness.register(rows(teams, TeamFigures::topReadinessRatio), true);
		daysSinceRepresented.register(rows(teams.stream().filter(t -> !"none".equals(t.teamKey())).toList(),
				TeamFigures::daysSinceRepresented), true);
	}

	private static List<MultiGauge.Row<?>> rows(List<TeamFigures> teams, ToDoubleFunction<TeamFigures> value) {
		return teams.stream().<MultiGauge.Row<?>>map(t -> MultiGauge.Row.of(tags(t), value.applyAsDouble(t))).toList();
	}

	private static Tags tags(TeamFigures team) {
		return Tags.of("product", team.productKey(), "team", team.teamKey());
	}

}
