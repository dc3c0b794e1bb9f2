/**
 * Backlog items and the one rank order per product that all teams share. Items are clarified,
 * estimated, reordered, split and removed continuously; every change is versioned, recorded in
 * the item's history and announced with the item's new state. Ranks are lexicographic strings
 * so that a move writes one row, however long the backlog.
 */
package org.refinery.backlog.item;
