/**
 * Refinement sessions: the cross-team meta-event where representatives of several teams refine
 * the shared backlog together. A session has an agenda of items and records per item what was
 * decided; it can only be closed when enough teams were represented, because refinement by one
 * team alone is exactly what this platform exists to avoid.
 */
package org.refinery.backlog.session;
