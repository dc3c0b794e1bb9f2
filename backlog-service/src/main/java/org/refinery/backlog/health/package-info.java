/**
 * Refinement health of each product: whether enough of the backlog is ready for the coming
 * Sprints, whether the top of the backlog is refined, whether items go stale, and whether the
 * teams keep meeting across team lines. The figures are read from the backlog and published as
 * metrics, so that alerts fire when a product drifts.
 */
package org.refinery.backlog.health;
