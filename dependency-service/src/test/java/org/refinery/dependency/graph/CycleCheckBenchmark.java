package org.refinery.dependency.graph;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The insert-time cycle check on the 100k-node / 300k-edge graph: would a random new edge close
 * a cycle? Sampled per call so the report shows p50 and p99. {@code liveCheck} is what the
 * service runs: the held {@link LiveGraph}, built edge by edge (its topological order kept by
 * Pearce–Kelly). {@code orderedCheck} bounds the same search by the order of a full layering of
 * the immutable graph; the unbounded breadth-first search is the reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CycleCheckBenchmark {

	private static final int NODES = 100_000;

	private PathSearch ordered;

	private PathSearch unbounded;

	private LiveGraph live;

	private final Random random = new Random(11);

	@Setup
	public void generate() {
		Digraph graph = RandomGraphs.generate(NODES, 300_000, 0, 42).digraph();
		ordered = PathSearch.ordered(graph, Layers.of(graph));
		unbounded = new PathSearch(graph);
		RandomGraphs generated = RandomGraphs.generate(NODES, 300_000, 0, 42);
		live = new LiveGraph();
		for (int node = 0; node < NODES; node++) {
			live.addNode();
		}
		for (int edge = 0; edge < generated.from().length; edge++) {
			live.addEdge(generated.from()[edge], generated.to()[edge]);
		}
		OneCpu.report("CycleCheckBenchmark");
	}

	/** Adding {@code from -> to} closes a cycle when {@code to} reaches {@code from}. */
	@Benchmark
	public boolean liveCheck() {
		int from = random.nextInt(NODES);
		return live.path(random.nextInt(NODES), from) != null;
	}

	@Benchmark
	public PathSearch.Outcome orderedCheck() {
		return ordered.cycleIfAdded(random.nextInt(NODES), random.nextInt(NODES), NODES).outcome();
	}

	@Benchmark
	public PathSearch.Outcome unboundedCheck() {
		return unbounded.cycleIfAdded(random.nextInt(NODES), random.nextInt(NODES), NODES).outcome();
	}

}
