/**
 * Applies backlog and dependency facts to the read model in one transaction each, and
 * recomputes the observed throughput of the teams a change touches.
 */
package org.refinery.forecast.backlog.application;
