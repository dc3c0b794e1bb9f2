package org.refinery.backlog.product;

/** How a product's teams deliver, and so what a forecast period is: a Sprint or a Release. */
public enum DeliveryMode {

	SCALED_SCRUM, SCALED_KANBAN

}
