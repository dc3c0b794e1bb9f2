/**
 * Events of topic {@code refinery.dependencies.v1}: inter-team dependencies between backlog
 * items. Dependencies are first-class because they are what makes refinement cross-team:
 * the backlog service needs them for readiness ("dependencies acknowledged"), the forecast
 * service to make forecasts dependency-aware, and dashboards to show who waits for whom.
 */
package org.refinery.contracts.dependencies;
