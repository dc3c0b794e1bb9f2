package org.refinery.forecast.forecast;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Throughput forecasts re-run as of each of the last completed periods and compared with what
 * the teams finished: per figure, the share of judged periods in which it held, and the mean of
 * the forecasts' own chances of it holding ({@code null} while none is judged). A calibrated
 * forecast holds about as often as it expected: a little more than 50, 85 and 95 % of the time,
 * because counts are whole.
 */
public record Backtest(int periodsPerTeam, int trials, int judged, Double heldP50, Double heldP85, Double heldP95,
		Double expectedP50, Double expectedP85, Double expectedP95, List<BacktestPeriod> periods) {

	public Backtest {
		periods = List.copyOf(periods);
	}

	static Backtest of(int periodsPerTeam, int trials, List<BacktestPeriod> periods) {
		return new Backtest(periodsPerTeam, trials, periods.size(), share(periods, BacktestPeriod::heldP50),
				share(periods, BacktestPeriod::heldP85), share(periods, BacktestPeriod::heldP95),
				mean(periods, BacktestPeriod::expectedP50), mean(periods, BacktestPeriod::expectedP85),
				mean(periods, BacktestPeriod::expectedP95), periods);
	}

	private static Double share(List<BacktestPeriod> periods, Predicate<BacktestPeriod> held) {
		return periods.isEmpty() ? null : (double) periods.stream().filter(held).count() / periods.size();
	}

	private static Double mean(List<BacktestPeriod> periods, ToDoubleFunction<BacktestPeriod> chance) {
		return periods.isEmpty() ? null : periods.stream().mapToDouble(chance).average().orElseThrow();
	}

}
