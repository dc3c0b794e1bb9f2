/**
 * Product forecasts: the Monte Carlo engine run over the product's backlog read model and its
 * teams' throughput history, stored (every forecast is kept as a snapshot) as the product's
 * latest forecast and announced. From the latest, "when" for one item and "how many by period k";
 * from the snapshots, calibration: how often past P85 held. Every answer says what it is: a range
 * of likely outcomes with probabilities, never a commitment.
 * <p>
 * Calibration at constant cost: each stored forecast leaves per item its P85 due date in a compact
 * table, so neither a forecast nor a calibration reads past forecasts, and a backtest
 * ({@link org.refinery.forecast.forecast.Backtesting}) re-runs the teams' throughput forecasts as
 * of their last completed periods from the history known then, so calibration has a value before
 * any stored forecast is due. Its work is bounded by periods × teams × trials.
 * <p>
 * Admission: a forecast is the service's one expensive request, so it must earn its run. Its cost
 * in engine steps and the probabilities it would store are checked against a budget before it
 * runs ({@link org.refinery.forecast.forecast.ForecastBudget}, 422 naming the field to lower), and
 * http-adapter's {@link org.refinery.http.Permits} bound how many run at once in the service and per
 * user, refusing rather than queueing (503 or 429 with when to retry).
 */
package org.refinery.forecast.forecast;
