/**
 * Backlog items and the one rank order per product that all teams share. Items are clarified,
 * estimated, reordered, split and removed continuously; every change is versioned, recorded in
 * the item's history and announced with the item's new state. Ranks are lexicographic strings
 * so that a move writes one row, however long the backlog.
 * <p>
 * Imports store items through {@link org.refinery.backlog.item.ItemImports}: the same history,
 * readiness and events as the API, but in the status the external tracker says, since an import
 * mirrors upstream state rather than walking an item's life step by step.
 * <p>
 * The backlog is searched by text and filtered by several teams, statuses and types at once
 * (see the persistence package for the index). A team's ready-for-planning view
 * ({@link org.refinery.backlog.item.ReadyForPlanning}) sets its READY items against the throughput
 * this service knows first-hand (points finished per recent period) and flags open prerequisites
 * from the dependency read model it already keeps for readiness, so the dashboard needs one
 * request. Bulk changes ({@link org.refinery.backlog.item.application.BulkChanges}) apply one
 * action to many items all or nothing, each item through its single-item change.
 */
package org.refinery.backlog.item;
