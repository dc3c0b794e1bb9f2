package org.refinery.dependency.tracking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dependency is in its life. IDENTIFIED and ACKNOWLEDGED are open and constrain
 * planning; RESOLVED, REJECTED and WITHDRAWN are final (a dependency needed again is identified
 * again, which keeps who-decided-what readable).
 */
public enum DependencyStatus {

	IDENTIFIED, ACKNOWLEDGED, RESOLVED, REJECTED, WITHDRAWN;

	/** The statuses this one may move to. */
	public Set<DependencyStatus> next() {
		return switch (this) {
			case IDENTIFIED -> EnumSet.of(ACKNOWLEDGED, RESOLVED, REJECTED, WITHDRAWN);
			case ACKNOWLEDGED -> EnumSet.of(RESOLVED, REJECTED, WITHDRAWN);
			case RESOLVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(DependencyStatus.class);
		};
	}

	public boolean open() {
		return this == IDENTIFIED || this == ACKNOWLEDGED;
	}

}
