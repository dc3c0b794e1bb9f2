/**
 * Demo data, generated and then written through the public REST API. The generator is
 * deterministic (a fixed seed) apart from its anchor, the day it runs, to which every date is
 * relative: 2 products, 12 teams, about 400 backlog items at realistic states (done ones, about
 * 45 % of the work, finished in rank order over the last six finished periods, so that ready
 * depth has a velocity), a Definition of Ready, strategic goals of the current year with item
 * links, about 60 inter-team dependencies without a BLOCKS cycle, each team's imported throughput
 * history before its done items at their pace (so the forecasts' backtests judge a history and a
 * backlog that agree) and refinement sessions of the last weeks plus one coming up, whose
 * outcomes are true of the items. The seeder
 * posts it through the gateway with a real token, looking each thing up before creating it, so
 * a second run creates nothing. A part whose write endpoint a service does not offer yet is
 * skipped with one warning; once the endpoint exists, a failure there fails the start.
 */
package org.refinery.devstack.seed;
