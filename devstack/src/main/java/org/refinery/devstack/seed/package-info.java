/**
 * Demo data, generated and then written through the public REST API. The generator is
 * deterministic (a fixed seed): 2 products, 12 teams, about 400 backlog items at realistic
 * states, a Definition of Ready, strategic goals with item links, about 60 inter-team
 * dependencies without a BLOCKS cycle, throughput history and refinement sessions. The seeder
 * posts it through the gateway with a real token, looking each thing up before creating it, so
 * a second run creates nothing. A part whose write endpoint a service does not offer yet is
 * skipped with one warning; once the endpoint exists, a failure there fails the start.
 */
package org.refinery.devstack.seed;
