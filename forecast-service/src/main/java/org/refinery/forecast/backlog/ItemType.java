package org.refinery.forecast.backlog;

/** The kind of a backlog item; epics and features are broken down into children, the others are worked. */
public enum ItemType {

	EPIC, FEATURE, STORY, ENABLER, DEFECT;

	/** Whether items of this kind are broken down into children rather than worked themselves. */
	public boolean breaksDown() {
		return this == EPIC || this == FEATURE;
	}

}
