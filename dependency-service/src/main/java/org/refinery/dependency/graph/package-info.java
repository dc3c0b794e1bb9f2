/**
 * The dependency graph engine: int-indexed nodes, compressed adjacency on primitive arrays, and
 * iterative algorithms (strong components, topological layers, critical path, bounded
 * reachability) so that a product of a million items analyses in a fraction of a second and
 * never overflows a thread stack. It knows nothing of items or teams; callers map their ids to
 * node numbers. Edges point from a prerequisite to the work that needs it, so a topological
 * order is an order in which the work can be done. {@link org.refinery.dependency.graph.LiveGraph}
 * is the mutable twin kept per product between requests: it follows single edge changes and keeps
 * its topological order incrementally, so the insert-time cycle check stays bounded.
 */
package org.refinery.dependency.graph;
