package org.refinery.contracts.backlog.products;

/** How one team works inside its product; affects how its throughput history is read. */
public enum WorkMode {

	SCRUM, KANBAN

}
