/**
 * forecast-service answers "what may the coming Sprints or Releases deliver?" as ranges with
 * probabilities, never as commitments. It keeps each team's throughput history, simulates the
 * product backlog across all teams with their dependencies, and checks how often past
 * forecasts held.
 */
package org.refinery.forecast;
