package org.refinery.forecast.forecast;

import java.time.LocalDate;

/**
 * One completed period of one team, forecast as if it were about to start: from the
 * {@code historySamples} periods the team had finished before it, how many items it would finish
 * ({@code p50}: at least that many in 50 % of the simulated periods, and so on), against the
 * {@code actual} count. A figure held when the team finished at least that many.
 */
public record BacktestPeriod(String teamKey, LocalDate start, LocalDate end, int historySamples, int p50, int p85,
		int p95, int actual, boolean heldP50, boolean heldP85, boolean heldP95) {

	static BacktestPeriod judged(String teamKey, LocalDate start, LocalDate end, int historySamples, int[] figures,
			int actual) {
		return new BacktestPeriod(teamKey, start, end, historySamples, figures[0], figures[1], figures[2], actual,
				actual >= figures[0], actual >= figures[1], actual >= figures[2]);
	}

}
