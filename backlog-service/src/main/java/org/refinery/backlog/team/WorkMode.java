package org.refinery.backlog.team;

/** Scrum teams deliver in Sprints; Kanban teams flow continuously and count throughput per day. */
public enum WorkMode {

	SCRUM, KANBAN

}
