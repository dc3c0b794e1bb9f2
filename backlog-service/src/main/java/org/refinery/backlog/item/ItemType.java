package org.refinery.backlog.item;

/** What kind of work an item is; epics contain features, features contain stories. */
public enum ItemType {

	EPIC, FEATURE, STORY, ENABLER, DEFECT

}
