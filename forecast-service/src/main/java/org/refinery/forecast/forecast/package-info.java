/**
 * Product forecasts: the Monte Carlo engine run over the product's backlog read model and its
 * teams' throughput history, stored as the product's latest forecast and announced. Every
 * answer says what it is: a range of likely outcomes with probabilities, never a commitment.
 */
package org.refinery.forecast.forecast;
