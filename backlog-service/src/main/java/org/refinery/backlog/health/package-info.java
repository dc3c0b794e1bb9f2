/**
 * Refinement health of each product: whether enough of the backlog is ready for the coming
 * Sprints, whether the top of the backlog is refined, whether items go stale, whether the teams
 * keep meeting across team lines, whether dependencies linger or contradict the order, whether
 * the top of the backlog serves an active goal, and how predictable the latest forecast is. These
 * parts combine into a 0–100 score (ADR 0006), offered by API and, like the raw figures per
 * product and team, as metrics so that alerts fire when a product or a team drifts.
 */
package org.refinery.backlog.health;
