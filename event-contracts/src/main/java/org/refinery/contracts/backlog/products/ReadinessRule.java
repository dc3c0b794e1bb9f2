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

	/**
	 * No open BLOCKS prerequisite of the item is still short of READY or DONE. Added before the
	 * first release of v1, so no consumer had seen the closed set without it.
	 */
	PREREQUISITES_READY,

	/** The item is on no cycle of BLOCKS dependencies. */
	NO_DEPENDENCY_CYCLE,

	/** The item is linked to at least one active goal. */
	LINKED_TO_GOAL,

	/** A custom checklist item of the Definition of Ready has been confirmed for the item. */
	CHECKLIST_CONFIRMED

}
