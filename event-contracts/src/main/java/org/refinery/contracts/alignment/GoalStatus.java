package org.refinery.contracts.alignment;

/** Whether work should still be aligned to a goal; only {@code ACTIVE} goals count as coverage. */
public enum GoalStatus {

	ACTIVE, ACHIEVED, RETIRED

}
