package org.refinery.dependency.graph;

/**
 * The full analysis of one graph: its cycles, its topological layers and its critical path,
 * each computed once in linear time. Layers come first: the strong components then only
 * need searching where layering stopped, which is nowhere in a graph without cycles.
 */
public record GraphAnalysis(StrongComponents components, Layers layers, CriticalPath criticalPath) {

	public static GraphAnalysis of(Digraph graph, long[] weights) {
		Layers layers = Layers.of(graph);
		StrongComponents components = StrongComponents.of(graph, layers);
		return new GraphAnalysis(components, layers, CriticalPath.of(graph, weights, layers));
	}

}
