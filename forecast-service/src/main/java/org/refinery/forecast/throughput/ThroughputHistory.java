package org.refinery.forecast.throughput;

import java.util.List;
import java.util.Set;

/** The stored throughput samples per team, oldest period first. */
public interface ThroughputHistory {

	/**
	 * The team's samples within the products of {@code visibleProducts} ({@code null}: every
	 * product), so a reader never learns of a team in a product they may not see.
	 */
	List<ThroughputSample> ofTeam(String teamKey, Set<String> visibleProducts);

	/**
	 * Replaces the team's observed samples with these; a period that holds an imported sample
	 * keeps it, since imported history is what the team said about its past.
	 */
	void replaceObserved(String teamKey, List<ThroughputSample> samples);

	/** Replaces the team's imported samples with these, in one transaction with the caller. */
	void replaceImported(String teamKey, List<ThroughputSample> samples);

}
