/**
 * Events of topic {@code refinery.forecasts.v1}: probabilistic forecasts. Forecasting is
 * meant as a tool, not a commitment, so a forecast is published as ranges with
 * probabilities (when each item is done with 50, 70, 85 and 95 percent confidence) together
 * with how it was computed (mode, trials, seed), so anyone can reproduce it and calibration
 * can later check how often the P85 held.
 */
package org.refinery.contracts.forecasts;
