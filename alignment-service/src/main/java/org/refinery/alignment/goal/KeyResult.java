package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.util.Objects;

/** A measurable outcome of a goal: a metric moving from {@code baseline} to {@code target}. */
public record KeyResult(String metric, BigDecimal baseline, BigDecimal target, BigDecimal current) {

	public KeyResult {
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(baseline, "baseline");
		Objects.requireNonNull(target, "target");
		baseline = Decimals.plain(baseline);
		target = Decimals.plain(target);
		current = Decimals.plain(current);
	}

}
