package org.refinery.dependency.graph;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.concurrent.TimeUnit;

/**
 * The full analysis (cycles, topological order, critical path) of generated graphs, by the
 * engine and by JGraphT on the same graphs. {@code shape} is nodes:edges; {@code cycle} injects
 * back edges so part of the graph is cyclic. Sampled per call, so the report has medians. Run it
 * with {@code ./mvnw -B -ntp -o -pl dependency-service -Pbenchmark test-compile exec:exec}, which
 * pins the fork to one CPU.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx8g", "-XX:+UseParallelGC" })
public class GraphBenchmark {

	@Param({ "100000:300000", "1000000:3000000" })
	public String shape;

	@Param({ "false", "true" })
	public boolean cycle;

	private RandomGraphs generated;

	private Digraph graph;

	private long[] weights;

	private Graph<Integer, DefaultEdge> oracle;

	/**
	 * The JGraphT twin is built only for the JGraphT benchmark: a million-vertex JGraphT graph is
	 * over a gigabyte of live objects, and held during the engine's runs it would make every old
	 * collection trace it and charge that to the engine.
	 */
	@Setup
	public void generate(BenchmarkParams params) {
		String[] size = shape.split(":");
		generated = RandomGraphs.generate(Integer.parseInt(size[0]), Integer.parseInt(size[1]), cycle ? 3 : 0, 42);
		graph = generated.digraph();
		weights = generated.weights(7);
		oracle = params.getBenchmark().endsWith(".jgrapht") ? generated.oracle() : null;
		OneCpu.report("GraphBenchmark " + shape + " cycle=" + cycle);
	}

	@Benchmark
	public GraphAnalysis engine() {
		return GraphAnalysis.of(graph, weights);
	}

	/** Kosaraju strong components, then JGraphT's topological order and a longest-path pass over it. */
	@Benchmark
	public long jgrapht() {
		var components = new KosarajuStrongConnectivityInspector<>(oracle).stronglyConnectedSets();
		if (components.size() < oracle.vertexSet().size()) {
			return components.size();
		}
		long[] best = new long[weights.length];
		long max = 0;
		var order = new TopologicalOrderIterator<>(oracle);
		while (order.hasNext()) {
			int node = order.next();
			long total = weights[node];
			for (DefaultEdge edge : oracle.incomingEdgesOf(node)) {
				total = Math.max(total, best[oracle.getEdgeSource(edge)] + weights[node]);
			}
			best[node] = total;
			max = Math.max(max, total);
		}
		return max;
	}

}
