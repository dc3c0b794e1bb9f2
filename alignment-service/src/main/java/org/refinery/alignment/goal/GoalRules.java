package org.refinery.alignment.goal;

import org.refinery.membership.Caller;

/**
 * Who sets goals. Objectives and themes are the organisation's strategy, so portfolio managers
 * and administrators set them; a product's goals are set by the product's owners (by group and
 * realm role or by an owner membership, see {@link Caller#ownsProduct}), by portfolio managers,
 * who derive them from the themes they own, and by administrators.
 */
public final class GoalRules {

	private GoalRules() {
	}

	public static boolean managesStrategy(Caller caller) {
		return caller.admin() || caller.portfolioManager();
	}

	public static boolean managesGoalsOf(Caller caller, String productKey) {
		return caller.portfolioManager() || caller.ownsProduct(productKey);
	}

}
