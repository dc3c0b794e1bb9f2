package org.refinery.forecast.backlog;

/** How a team works, which decides its sampling unit: the Sprint for Scrum, the day for Kanban. */
public enum WorkMode {

	SCRUM, KANBAN

}
