package org.refinery.backlog.product;

/** The built-in checks a product can enable in its Definition of Ready. */
public enum ReadinessRule {

	HAS_DESCRIPTION, HAS_ACCEPTANCE_CRITERIA, ESTIMATED, ESTIMATE_WITHIN_LIMIT, TEAM_ASSIGNED,
	DEPENDENCIES_ACKNOWLEDGED, PREREQUISITES_READY, NO_DEPENDENCY_CYCLE, LINKED_TO_GOAL, CHECKLIST_CONFIRMED

}
