/**
 * Product forecasts: the Monte Carlo engine run over the product's backlog read model and its
 * teams' throughput history, stored (every forecast is kept as a snapshot) as the product's
 * latest forecast and announced. From the latest, "when" for one item and "how many by period k";
 * from the snapshots, calibration: how often past P85 held. Every answer says what it is: a range
 * of likely outcomes with probabilities, never a commitment.
 */
package org.refinery.forecast.forecast;
