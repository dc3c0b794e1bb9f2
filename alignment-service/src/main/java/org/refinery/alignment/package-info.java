/**
 * alignment-service keeps refinement aligned with strategy: it owns the organisation's goals
 * (objectives, themes, product goals) and the links from backlog items to them, and computes
 * what portfolio managers look at: how much of each backlog serves which goal.
 */
package org.refinery.alignment;
