package org.refinery.contracts.dependencies;

/**
 * The negotiation between the two teams: identified by the dependent team, acknowledged by
 * the prerequisite team, then resolved, rejected or withdrawn. Only {@code IDENTIFIED} and
 * {@code ACKNOWLEDGED} dependencies are open.
 */
public enum DependencyStatus {

	IDENTIFIED, ACKNOWLEDGED, RESOLVED, REJECTED, WITHDRAWN

}
