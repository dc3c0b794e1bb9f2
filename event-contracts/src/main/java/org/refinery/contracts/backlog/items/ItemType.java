package org.refinery.contracts.backlog.items;

/** The kind of backlog item; forecasts and alignment weigh kinds differently. */
public enum ItemType {

	EPIC, FEATURE, STORY, ENABLER, DEFECT

}
