package org.refinery.forecast.forecast.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.forecast.forecast.CapacityAdjustment;
import org.refinery.forecast.forecast.ForecastRequest;
import org.refinery.forecast.forecast.Mode;
import org.refinery.forecast.forecast.SplitRate;
import org.refinery.http.TeamKey;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What to forecast; every field is optional: 10,000 trials, 6 periods, COUNT, a fresh seed, all
 * history, no scope growth.
 */
record ForecastRequestBody(@Min(1) @Max(100_000) Integer trials, @Min(1) @Max(104) Integer horizon, Mode mode,
		Long seed, @Valid @Size(max = 1_000) List<@NotNull Capacity> capacity, @Min(1) @Max(10_000) Integer historyWindow,
		@Valid Split splitRate) {

	/** Each open item is likely to become between low and high times its size (1 to 1: no growth). */
	record Split(@NotNull @DecimalMin("1") @DecimalMax("10") Double low,
			@NotNull @DecimalMin("1") @DecimalMax("10") Double high) {
	}

	/** A team's capacity factor in one upcoming period (1 = usual, 0 = away). */
	record Capacity(@NotNull @TeamKey String teamKey, @NotNull @Min(1) Integer period,
			@NotNull @DecimalMin("0") @DecimalMax("10") Double factor) {
	}

	ForecastRequest toRequest() {
		List<CapacityAdjustment> adjustments = capacity == null ? List.of()
				: capacity.stream().map(c -> new CapacityAdjustment(c.teamKey(), c.period(), c.factor())).toList();
		return new ForecastRequest(trials == null ? 10_000 : trials, horizon == null ? 6 : horizon,
				mode == null ? Mode.COUNT : mode, seed == null ? ThreadLocalRandom.current().nextLong() : seed,
				adjustments, historyWindow, splitRate == null ? null : new SplitRate(splitRate.low(), splitRate.high()));
	}

	static ForecastRequestBody defaults() {
		return new ForecastRequestBody(null, null, null, null, null, null, null);
	}

}
