/**
 * Tracking dependencies through their life: identified during refinement, acknowledged by the
 * prerequisite team, then resolved, rejected or withdrawn. A team member sees the dependencies
 * of the products a Keycloak group grants, and filters them by team and status.
 */
package org.refinery.dependency.tracking;
