/**
 * Events of topic {@code refinery.backlog.sessions.v1}: cross-team refinement sessions.
 * Refinement is mandatory and cross-team, so Refinery records when sessions happen, which
 * teams take part and what they decide about which items; health metrics (days since the
 * last session, team representation) and dependency tracking (dependencies found in a
 * session) are built from these events.
 */
package org.refinery.contracts.backlog.sessions;
