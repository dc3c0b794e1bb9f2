package org.refinery.alignment.goal;

import java.math.BigDecimal;

/** Decimals as goals hold them: without trailing zeros, so that 0.3 and 0.3000 are the same value. */
final class Decimals {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Decimals() {
	}

	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String percent(BigDecimal share) {
		return plain(share.multiply(HUNDRED)).toPlainString();
	}

}
