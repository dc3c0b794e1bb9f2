package org.refinery.forecast.throughput.web;

import java.util.List;

/** A team's throughput history. */
record TeamThroughput(String teamKey, List<SampleView> samples) {
}
