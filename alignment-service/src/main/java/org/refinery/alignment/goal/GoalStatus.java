package org.refinery.alignment.goal;

/** Only ACTIVE goals count as alignment; RETIRED goals no longer justify work. */
public enum GoalStatus {

	ACTIVE, ACHIEVED, RETIRED

}
