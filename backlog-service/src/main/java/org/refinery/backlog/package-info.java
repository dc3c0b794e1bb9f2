/**
 * backlog-service owns what teams refine together: products and their teams, the one ordered
 * backlog per product, the Definition of Ready and the records of refinement sessions. Each
 * feature is an application module below this package; other services learn of changes only
 * through the events it publishes.
 */
package org.refinery.backlog;
