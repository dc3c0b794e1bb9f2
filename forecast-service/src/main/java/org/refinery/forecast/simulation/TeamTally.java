package org.refinery.forecast.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts how much each team drew per period, in whole units, so that its likely range can be
 * read off a histogram; the histograms grow with the largest draw instead of guessing a bound.
 */
final class TeamTally {

	private final List<SimTeam> teams;

	/** [team][throughput rounded] how many team-periods drew that much. */
	private final long[][] histogram;

	private final double[] sum;

	private long periods;

	TeamTally(List<SimTeam> teams) {
		this.teams = teams;
		this.histogram = new long[teams.size()][16];
		this.sum = new double[teams.size()];
	}

	/**
	 * The periods from {@code from} on: a running period's remaining part is no period's
	 * throughput, so it is left out whenever a full period follows.
	 */
	void add(double[][] drawn, int from, int horizon) {
		periods += horizon - from + 1;
		for (int team = 0; team < drawn.length; team++) {
			for (int period = from; period <= horizon; period++) {
				add(team, drawn[team][period]);
			}
		}
	}

	private void add(int team, double throughput) {
		int bucket = (int) Math.round(throughput);
		if (bucket >= histogram[team].length) {
			histogram[team] = Arrays.copyOf(histogram[team], Math.max(bucket + 1, 2 * histogram[team].length));
		}
		histogram[team][bucket]++;
		sum[team] += throughput;
	}

	void merge(TeamTally other) {
		periods += other.periods;
		for (int team = 0; team < histogram.length; team++) {
			long[] theirs = other.histogram[team];
			if (theirs.length > histogram[team].length) {
				histogram[team] = Arrays.copyOf(histogram[team], theirs.length);
			}
			for (int bucket = 0; bucket < theirs.length; bucket++) {
				histogram[team][bucket] += theirs[bucket];
			}
			sum[team] += other.sum[team];
		}
	}

	List<TeamOutcome> outcomes() {
		return IntStream.range(0, teams.size())
			.mapToObj(t -> new TeamOutcome(teams.get(t).key(), percentile(t, 0.15), percentile(t, 0.50),
					percentile(t, 0.85), periods == 0 ? 0 : sum[t] / periods))
			.toList();
	}

	/** The smallest throughput that at least that share of the team's periods did not exceed. */
	private int percentile(int team, double share) {
		long needed = Math.max(1, (long) Math.ceil(share * periods));
		long cumulative = 0;
		for (int bucket = 0; bucket < histogram[team].length; bucket++) {
			cumulative += histogram[team][bucket];
			if (cumulative >= needed) {
				return bucket;
			}
		}
		return 0;
	}

}
