/** Refinement health as Micrometer gauges, tagged by product and team, never by id. */
package org.refinery.backlog.health.metrics;
