package org.refinery.contracts.backlog.products;

/**
 * The built-in checks a product can enable in its Definition of Ready. They are named on the
 * wire so that readiness results can explain themselves to consumers and dashboards.
 */
public enum ReadinessRule {

	/** The item has a description. */
	HAS_DESCRIPTION,

	/** The item has at least one acceptance criterion. */
	HAS_ACCEPTANCE_CRITERIA,

	/** The item has an estimate. */
	ESTIMATED,

	/** The estimate is at most the {@code maxEstimate} parameter. */
	ESTIMATE_WITHIN_LIMIT,

	/** A team is assigned. */
	TEAM_ASSIGNED,

	/** Every dependency the item needs has been acknowledged by the prerequisite team. */
	DEPENDENCIES_ACKNOWLEDGED,

	/** The item is linked to at least one active goal. */
	LINKED_TO_GOAL,

	/** A custom checklist item of the Definition of Ready has been confirmed for the item. */
	CHECKLIST_CONFIRMED

}
