/**
 * Dependency health as Micrometer meters named {@code refinery.dependencies.*}, tagged by
 * product and team and never by id, so Prometheus series stay few. Gauges are refreshed on a
 * schedule from the database rather than on every scrape, so a scrape never runs an analysis.
 */
package org.refinery.dependency.analysis.metrics;
