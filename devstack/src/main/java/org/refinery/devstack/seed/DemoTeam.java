package org.refinery.devstack.seed;

/**
 * A team working on one product's backlog; workflow is SCRUM or KANBAN. The representative is
 * the username that speaks for the team in refinement sessions (a demo login where one exists).
 */
record DemoTeam(String key, String name, String productKey, String workflow, String representative) {

	boolean kanban() {
		return "KANBAN".equals(workflow);
	}

}
