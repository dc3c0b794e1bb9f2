package org.refinery.forecast.forecast;

import java.util.List;
import java.util.function.Predicate;

/**
 * Throughput forecasts re-run as of each of the last completed periods and compared with what
 * the teams finished: per figure, the share of judged periods in which it held ({@code null}
 * while none is judged). A calibrated forecast holds about 50, 85 and 95 % of the time.
 */
public record Backtest(int periodsPerTeam, int trials, int judged, Double heldP50, Double heldP85, Double heldP95,
		List<BacktestPeriod> periods) {

	public Backtest {
		periods = List.copyOf(periods);
	}

	static Backtest of(int periodsPerTeam, int trials, List<BacktestPeriod> periods) {
		return new Backtest(periodsPerTeam, trials, periods.size(), share(periods, BacktestPeriod::heldP50),
				share(periods, BacktestPeriod::heldP85), share(periods, BacktestPeriod::heldP95), periods);
	}

	private static Double share(List<BacktestPeriod> periods, Predicate<BacktestPeriod> held) {
		return periods.isEmpty() ? null : (double) periods.stream().filter(held).count() / periods.size();
	}

}
