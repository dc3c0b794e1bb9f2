package org.refinery.alignment.goal;

/** Levels in their order: an objective contains themes, a theme contains product goals. */
public enum GoalLevel {

	OBJECTIVE, THEME, PRODUCT_GOAL

}
