package org.refinery.forecast.forecast.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What backtesting may cost on every read of a calibration: at most {@code periods} × {@code teams}
 * engine runs of {@code trials} trials each, whatever the number of stored forecasts.
 *
 * @param periods how many of each team's last completed periods are re-forecast
 * @param trials trials per re-forecast: a few thousand read a one-period count closely enough
 * @param teams the most teams backtested (the first by key); larger products are judged on these
 */
@ConfigurationProperties("refinery.forecast.backtest")
public record BacktestSettings(@DefaultValue("6") int periods, @DefaultValue("2000") int trials,
		@DefaultValue("30") int teams) {

	public BacktestSettings {
		require(periods, 1, 52, "periods");
		require(trials, 100, 10_000, "trials");
		require(teams, 1, 200, "teams");
	}

	private static void require(int value, int min, int max, String name) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(
					"refinery.forecast.backtest." + name + " must be between " + min + " and " + max);
		}
	}

}
