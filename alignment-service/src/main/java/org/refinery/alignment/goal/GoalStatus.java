package org.refinery.alignment.goal;

/** Only ACTIVE goals count as alignment for the Definition of Ready. */
public enum GoalStatus {

	ACTIVE, ACHIEVED, RETIRED

}
