package org.refinery.devstack.seed;

import java.time.LocalDate;

/** A product with its shared backlog; Scrum products have sprints, Kanban products releases. */
record DemoProduct(String key, String name, String vision, String deliveryMode, Integer sprintLengthDays,
		Integer releaseLengthDays, LocalDate firstPeriodStart) {
}
