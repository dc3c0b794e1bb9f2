/**
 * Events of topic {@code refinery.backlog.items.v1}: the life of the shared product backlog.
 * Refinement is ongoing, so items are clarified, re-estimated, reordered, split, removed and
 * restored many times; each change gets its own event type, because consumers react to
 * different facts (forecasts to estimates and order, dependencies to status, alignment to
 * effort) while all of them can simply upsert the carried {@link
 * org.refinery.contracts.backlog.items.ItemState}. Long texts stay out of the events: other
 * services never show them, and they would make every event heavy.
 */
package org.refinery.contracts.backlog.items;
