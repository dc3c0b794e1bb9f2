package org.refinery.contracts.alignment;

/**
 * The level of a goal: organisation-wide objectives contain themes, which contain the
 * goals of single products. Only product goals belong to a product.
 */
public enum GoalLevel {

	OBJECTIVE, THEME, PRODUCT_GOAL

}
