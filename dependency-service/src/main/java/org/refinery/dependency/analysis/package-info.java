/**
 * Analysis of one product's dependency graph, so that refinement sees cross-team risk before
 * planning: cycles, the order in which work can proceed (topological layers), the critical path
 * of unfinished blocking chains weighted by estimates, blocked items, ordering conflicts with
 * the product backlog order, who depends on whom (team matrix, hotspots) and how old the open
 * dependencies are. Everything is computed from the read model and the open dependencies.
 */
package org.refinery.dependency.analysis;
