/**
 * Backlog items and the one rank order per product that all teams share. Items are clarified,
 * estimated, reordered, split and removed continuously; every change is versioned, recorded in
 * the item's history and announced with the item's new state. Ranks are lexicographic strings
 * so that a move writes one row, however long the backlog.
 * <p>
 * Imports store items through {@link org.refinery.backlog.item.ItemImports}: the same history,
 * readiness and events as the API, but in the status the external tracker says, since an import
 * mirrors upstream state rather than walking an item's life step by step.
 */
package org.refinery.backlog.item;
