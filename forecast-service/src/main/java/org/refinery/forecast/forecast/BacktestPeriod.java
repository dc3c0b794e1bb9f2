package org.refinery.forecast.forecast;

import java.time.LocalDate;

/**
 * One completed period of one team, forecast as if it were about to start: from the
 * {@code historySamples} periods the team had finished before it, how many items it would finish
 * ({@code p50}: at least that many in 50 % of the simulated periods, and so on), against the
 * {@code actual} count. A figure held when the team finished at least that many.
 * {@code expectedP50} and the others are the forecast's own chance of finishing at least that
 * many: counts are whole, so a P50 of "at least 5" is often reached in 60 % of the simulated
 * periods or more, and that, not 50 %, is how often a calibrated forecast holds it.
 */
public record BacktestPeriod(String teamKey, LocalDate start, LocalDate end, int historySamples, int p50, int p85,
		int p95, int actual, boolean heldP50, boolean heldP85, boolean heldP95, double expectedP50, double expectedP85,
		double expectedP95) {

	static BacktestPeriod judged(String teamKey, LocalDate start, LocalDate end, int historySamples, Figures figures,
			int actual) {
		return new BacktestPeriod(teamKey, start, end, historySamples, figures.p50(), figures.p85(), figures.p95(),
				actual, actual >= figures.p50(), actual >= figures.p85(), actual >= figures.p95(), figures.chanceP50(),
				figures.chanceP85(), figures.chanceP95());
	}

	/** A period's forecast: the counts reached in 50, 85 and 95 % of the simulated periods, and how often each was. */
	record Figures(int p50, int p85, int p95, double chanceP50, double chanceP85, double chanceP95) {
	}

}
