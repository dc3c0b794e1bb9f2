package org.refinery.forecast.forecast.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.refinery.forecast.forecast.Mode;

/**
 * A product's baseline settings, all given at once (a PUT replaces them): trials (at least 100,
 * so that the 95th percentile rests on several trials), the unit, upcoming periods, and how many of
 * each team's latest samples to draw from ({@code null}: all of them).
 */
record BaselineSettingsBody(
		@NotNull @Min(value = 100, message = "must be at least 100, for percentiles worth judging") @Max(100_000) Integer trials,
		@NotNull Mode mode, @NotNull @Min(1) @Max(104) Integer horizon, @Min(1) @Max(10_000) Integer historyWindow) {
}
