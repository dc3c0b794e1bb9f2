package org.refinery.alignment.goal;

import java.math.BigDecimal;

/**
 * The target investment shares of the goals at one level (the organisation's themes, or one
 * product's goals) would add up to more than 100 % (answered 422 naming {@code targetInvestmentShare}).
 */
public class TargetSharesExceeded extends GoalRuleViolation {

	private final BigDecimal share;

	private final BigDecimal total;

	public TargetSharesExceeded(String level, BigDecimal share, BigDecimal total) {
		super("The target investment shares of " + level + " would add up to " + Decimals.percent(total)
				+ " %; at most 100 % can be invested");
		this.share = share;
		this.total = total;
	}

	/** The share asked for. */
	public BigDecimal share() {
		return share;
	}

	/** What the shares at that level would add up to with it. */
	public BigDecimal total() {
		return total;
	}

}
