package org.refinery.contracts.backlog.products;

/**
 * How a product delivers, which decides what the forecast periods are: Sprints for Scaled
 * Scrum, Releases for Scaled Kanban.
 */
public enum DeliveryMode {

	SCALED_SCRUM, SCALED_KANBAN

}
