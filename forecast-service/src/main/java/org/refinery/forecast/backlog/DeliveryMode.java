package org.refinery.forecast.backlog;

/** Whether a product forecasts by Sprints (Scaled Scrum) or by Releases (Scaled Kanban). */
public enum DeliveryMode {

	SCALED_SCRUM, SCALED_KANBAN

}
