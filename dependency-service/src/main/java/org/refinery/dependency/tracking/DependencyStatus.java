package org.refinery.dependency.tracking;

/** Where a dependency is in its life; REJECTED and WITHDRAWN ones no longer constrain planning. */
public enum DependencyStatus {

	IDENTIFIED, ACKNOWLEDGED, RESOLVED, REJECTED, WITHDRAWN

}
