package org.refinery.forecast.simulation;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.stream.IntStream;

/**
 * Runs a scenario many times and tallies the outcomes. The random generator is the only
 * source of chance, so the same seed gives the same forecast: in parallel, the trials are cut
 * into fixed chunks, each with its own generator split off in order, and the tallies only add
 * up, so neither the number of cores nor the scheduling changes the result.
 */
public final class MonteCarlo {

	/** The most trials one forecast may ask for. */
	public static final int MAX_TRIALS = 100_000;

	static final int CHUNK = 500;

	private MonteCarlo() {
	}

	/** All trials on the calling thread, drawing from one generator. */
	public static Outcome run(Scenario scenario, int trials, RandomGenerator random) {
		checkTrials(trials);
		Tally tally = new Tally(scenario);
		runTrials(new Trial(scenario), trials, random, tally);
		return tally.outcome();
	}

	/** The trials on all cores, in chunks with generators split off this one in order. */
	public static Outcome run(Scenario scenario, int trials, SplittableGenerator random) {
		checkTrials(trials);
		int chunks = (trials + CHUNK - 1) / CHUNK;
		List<SplittableGenerator> generators = IntStream.range(0, chunks).mapToObj(i -> random.split()).toList();
		AtomicInteger next = new AtomicInteger();
		int workers = Math.min(chunks, Runtime.getRuntime().availableProcessors());
		List<Tally> tallies = IntStream.range(0, workers).parallel().mapToObj(w -> {
			Tally tally = new Tally(scenario);
			Trial trial = new Trial(scenario);
			for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
				runTrials(trial, Math.min(CHUNK, trials - chunk * CHUNK), generators.get(chunk), tally);
			}
			return tally;
		}).toList();
		Tally total = tallies.getFirst();
		tallies.stream().skip(1).forEach(total::merge);
		return total.outcome();
	}

	/** A trial starts from the scenario's start state whatever ran before, so one per worker serves every chunk. */
	private static void runTrials(Trial trial, int trials, RandomGenerator random, Tally tally) {
		for (int i = 0; i < trials; i++) {
			trial.simulate(random);
			tally.add(trial);
		}
	}

	private static void checkTrials(int trials) {
		if (trials < 1 || trials > MAX_TRIALS) {
			throw new IllegalArgumentException("Trials must be between 1 and " + MAX_TRIALS);
		}
	}

}
