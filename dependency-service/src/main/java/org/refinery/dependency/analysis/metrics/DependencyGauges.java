package org.refinery.dependency.analysis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.refinery.dependency.analysis.OpenAges;
import org.refinery.dependency.analysis.ProductAnalysis;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Open dependencies by product and dependent team (all, cross-team, and by the age buckets of
 * {@link OpenAges}), and per product the cycles, ordering conflicts and blocked items of its analysis.
 */
@Component
class DependencyGauges {

	static final String UNASSIGNED = "UNASSIGNED";

	private final Dependencies dependencies;

	private final BacklogItems items;

	private final Clock clock;

	private final MultiGauge open;

	private final MultiGauge crossTeam;

	private final MultiGauge aged;

	private final MultiGauge cycles;

	private final MultiGauge conflicts;

	private final MultiGauge blocked;

	DependencyGauges(Dependencies dependencies, BacklogItems items, Clock clock, MeterRegistry meters) {
		this.dependencies = dependencies;
		this.items = items;
		this.clock = clock;
		this.open = gauge("refinery.dependencies.open", "Open dependencies by dependent team", meters);
		this.crossTeam = gauge("refinery.dependencies.open.cross.team",
				"Open dependencies on an item of another team, by dependent team", meters);
		this.aged = gauge("refinery.dependencies.open.aged", "Open dependencies by dependent team and age bucket (days since identified)", meters);
		this.cycles = gauge("refinery.dependencies.cycles", "Cycles of open BLOCKS dependencies", meters);
		this.conflicts = gauge("refinery.dependencies.ordering.conflicts",
				"Dependencies the backlog order or readiness contradicts", meters);
		this.blocked = gauge("refinery.dependencies.blocked.items",
				"Unfinished items waiting for an unfinished prerequisite, by owning team", meters);
	}

	private static MultiGauge gauge(String name, String description, MeterRegistry meters) {
		return MultiGauge.builder(name).description(description).register(meters);
	}

	@Scheduled(fixedDelayString = "${refinery.dependencies.metrics.refresh:30s}", initialDelayString = "5s")
	@Transactional(readOnly = true)
	public void refresh() {
		List<Dependency> all = dependencies.open();
		open.register(counted(all, d -> Tags.of("product", d.productKey(), "team", team(d.dependent()))), true);
		crossTeam.register(counted(all.stream()
			.filter(d -> !Objects.equals(d.dependent().teamKey(), d.prerequisite().teamKey()))
			.toList(), d -> Tags.of("product", d.productKey(), "team", team(d.dependent()))), true);
		aged.register(counted(all, d -> Tags.of("product", d.productKey(), "team", team(d.dependent()), "age",
				OpenAges.label(d, clock.instant()))), true);
		refreshAnalyses(all.stream().collect(Collectors.groupingBy(Dependency::productKey)));
	}

	private void refreshAnalyses(Map<String, List<Dependency>> byProduct) {
		List<MultiGauge.Row<?>> cycleRows = new ArrayList<>();
		List<MultiGauge.Row<?>> conflictRows = new ArrayList<>();
		List<MultiGauge.Row<?>> blockedRows = new ArrayList<>();
		byProduct.forEach((product, open) -> {
			var analysis = ProductAnalysis.of(product, items.ofProduct(product), open, clock.instant());
			cycleRows.add(MultiGauge.Row.of(Tags.of("product", product), analysis.cycles().size()));
			conflictRows.add(MultiGauge.Row.of(Tags.of("product", product), analysis.orderingConflicts().size()));
			analysis.blockedItems()
				.stream()
				.collect(Collectors.groupingBy(b -> b.item().teamKey() == null ? UNASSIGNED : b.item().teamKey(),
						Collectors.counting()))
				.forEach((team, count) -> blockedRows.add(MultiGauge.Row.of(Tags.of("product", product, "team", team),
						count)));
		});
		cycles.register(cycleRows, true);
		conflicts.register(conflictRows, true);
		blocked.register(blockedRows, true);
	}

	private static List<MultiGauge.Row<?>> counted(List<Dependency> dependencies, Function<Dependency, Tags> tags) {
		return dependencies.stream()
			.collect(Collectors.groupingBy(tags, Collectors.counting()))
			.entrySet()
			.stream()
			.<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(entry.getKey(), entry.getValue()))
			.toList();
	}

	private static String team(Dependency.End end) {
		return end.teamKey() == null ? UNASSIGNED : end.teamKey();
	}

}
