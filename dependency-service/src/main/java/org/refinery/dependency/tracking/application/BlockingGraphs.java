package org.refinery.dependency.tracking.application;

import io.micrometer.core.instrument.MeterRegistry;
import org.refinery.dependency.tracking.BlockingGraph;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyChanged;
import org.refinery.dependency.tracking.DependencyStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blocking graph of each product, kept in memory so that the insert-time cycle check reads
 * one version number instead of reloading the product. Every transaction that adds or removes an
 * open BLOCKS edge (identification, a status change, a prerequisite becoming DONE) raises the
 * product's stored graph version; after it commits, the held graph takes the same change and
 * version. A held graph at any other version than the stored one (first use after a start, a
 * change by another instance, a commit not yet applied here) is rebuilt from the database, so
 * the check is never answered from a stale graph. Rebuilds are counted.
 */
@Component
class BlockingGraphs {

	private static final List<DependencyStatus> OPEN = List.of(DependencyStatus.IDENTIFIED,
			DependencyStatus.ACKNOWLEDGED);

	private final Map<String, BlockingGraph> held = new ConcurrentHashMap<>();

	private final Dependencies dependencies;

	private final MeterRegistry meters;

	BlockingGraphs(Dependencies dependencies, MeterRegistry meters) {
		this.dependencies = dependencies;
		this.meters = meters;
	}

	/** The cycle a new BLOCKS edge would close; call it holding the product's lock. */
	Optional<List<UUID>> cycleIfAdded(String productKey, UUID dependent, UUID prerequisite) {
		long stored = dependencies.graphVersion(productKey);
		BlockingGraph graph = held.get(productKey);
		if (graph != null) {
			synchronized (graph) {
				if (graph.version() == stored) {
					return graph.cycleIfAdded(dependent, prerequisite);
				}
			}
		}
		return rebuilt(productKey, stored).cycleIfAdded(dependent, prerequisite);
	}

	/** Loads the graph; held only if no change committed while it loaded. */
	private BlockingGraph rebuilt(String productKey, long stored) {
		meters.counter("refinery.dependencies.graph.rebuilds", "product", productKey).increment();
		BlockingGraph graph = new BlockingGraph(dependencies.ofProduct(productKey, OPEN)
			.stream()
			.filter(BlockingGraph::isEdge)
			.toList(), stored);
		if (dependencies.graphVersion(productKey) == stored) {
			held.put(productKey, graph);
		}
		else {
			held.remove(productKey);
		}
		return graph;
	}

	/** Inside the changing transaction: raise the stored version, and follow in memory after commit. */
	@EventListener
	void on(DependencyChanged change) {
		boolean was = BlockingGraph.isEdge(change.before());
		boolean is = BlockingGraph.isEdge(change.after());
		if (was == is) {
			return;
		}
		String productKey = change.after().productKey();
		long version = dependencies.advanceGraphVersion(productKey);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				follow(productKey, change.after(), is, version);
			}
		});
	}

	private void follow(String productKey, Dependency dependency, boolean added, long version) {
		held.computeIfPresent(productKey, (key, graph) -> {
			synchronized (graph) {
				if (graph.version() != version - 1 || !(added || graph.remove(dependency))) {
					return null;
				}
				if (added) {
					graph.add(dependency);
				}
				graph.advanceTo(version);
				return graph;
			}
		});
	}

	/** How many edges the held graph of a product has, or -1 when none is held; for tests. */
	int heldEdges(String productKey) {
		BlockingGraph graph = held.get(productKey);
		return graph == null ? -1 : graph.edgeCount();
	}

}
