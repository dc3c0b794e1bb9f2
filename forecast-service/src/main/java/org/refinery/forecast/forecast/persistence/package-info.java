/**
 * Baselines in the service's own PostgreSQL database, each stored whole as JSON, and beside them
 * the compact facts calibration reads (per item and P85 due date, when a baseline last named it),
 * so that calibration never reads the baselines themselves and thinning them changes nothing of
 * it. Baseline settings with every earlier version, and what-if scenarios with their last
 * comparison, live in tables of their own: a scenario's run is never a row of {@code forecast}.
 */
package org.refinery.forecast.forecast.persistence;
