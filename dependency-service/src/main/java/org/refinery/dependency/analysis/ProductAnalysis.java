package org.refinery.dependency.analysis;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.graph.GraphAnalysis;
import org.refinery.dependency.tracking.Dependency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dependency analysis of one product (or of the dependencies touching one of its teams).
 *
 * @param cycles each cycle of open BLOCKS dependencies as the items in it; should stay empty,
 *        since identification refuses cycles, but items can be merged or imported
 * @param layers the items of blocking chains in topological layers: layer 0 needs nothing,
 *        each later layer only needs earlier ones; items on cycles are in no layer
 * @param criticalPath the heaviest chain of unfinished blocking work, in points
 * @param blockedItems unfinished items waiting for an unfinished prerequisite
 * @param orderingConflicts dependencies the backlog order or readiness contradicts
 * @param teamMatrix open dependencies counted by dependent team, then prerequisite team
 * @param hotspots teams by how many open cross-team dependencies wait for them, most first
 * @param openDependencies how many dependencies are open
 * @param oldestOpenDays how long the oldest open dependency has been open, 0 when none is
 * @param openAges the open dependencies by age bucket (buckets in days, see {@link OpenAges})
 * @param openAgesByTeam per team, the ages of the open dependencies it takes part in (as
 *        dependent or prerequisite team, so a cross-team dependency counts for both)
 */
public record ProductAnalysis(String productKey, List<List<ItemRef>> cycles, List<List<ItemRef>> layers,
		Path criticalPath, List<Blocked> blockedItems, List<OrderingConflict> orderingConflicts,
		Map<String, Map<String, Integer>> teamMatrix, List<Hotspot> hotspots, int openDependencies,
		long oldestOpenDays, OpenAges openAges, Map<String, OpenAges> openAgesByTeam) {

	/** A chain of items and its summed estimate in points. */
	public record Path(BigDecimal points, List<ItemRef> items) {
	}

	/** An unfinished item and the unfinished items it waits for. */
	public record Blocked(ItemRef item, List<ItemRef> waitingFor) {
	}

	/** A team and how many open dependencies of other teams need its items. */
	public record Hotspot(String teamKey, int dependedUponBy, int dependentTeams) {
	}

	/** Analyses the open dependencies of a product against what the backlog says of their items. */
	public static ProductAnalysis of(String productKey, List<BacklogItem> items, List<Dependency> open, Instant now) {
		Map<UUID, BacklogItem> known = items.stream()
			.collect(Collectors.toMap(BacklogItem::id, Function.identity(), (a, b) -> a));
		ProductGraph graph = new ProductGraph(known, open);
		GraphAnalysis analysis = GraphAnalysis.of(graph.graph(), graph.weights());
		List<List<ItemRef>> cycles = analysis.components().cyclic().stream().map(graph::refs).toList();
		var critical = analysis.criticalPath();
		return new ProductAnalysis(productKey, cycles, layers(graph, analysis),
				new Path(BigDecimal.valueOf(critical.length(), 1), graph.refs(critical.nodes())),
				Waiting.blocked(known, open), Waiting.conflicts(known, open), TeamCounts.matrix(open),
				TeamCounts.hotspots(open), open.size(), TeamCounts.oldestDays(open, now), OpenAges.of(open, now),
				TeamCounts.agesByTeam(open, now));
	}

	private static List<List<ItemRef>> layers(ProductGraph graph, GraphAnalysis analysis) {
		List<List<ItemRef>> layers = new ArrayList<>();
		for (int i = 0; i < analysis.layers().layerCount(); i++) {
			layers.add(new ArrayList<>());
		}
		for (int node : analysis.layers().order()) {
			layers.get(analysis.layers().layerOf(node)).add(ItemRef.of(graph.item(node)));
		}
		return layers.stream().map(List::copyOf).toList();
	}

}
