package org.refinery.forecast.simulation;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGenerator;
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
		Chunks chunks = new Chunks(scenario, trials, random, Deadline.NONE);
		int workers = Math.min(chunks.count, Runtime.getRuntime().availableProcessors());
		List<Tally> tallies = IntStream.range(0, workers).parallel().mapToObj(w -> chunks.work()).toList();
		Tally total = tallies.getFirst();
		tallies.stream().skip(1).forEach(total::merge);
		return total.outcome();
	}

	/**
	 * The same chunks, so the same outcome as on all cores, but all on the calling thread, which
	 * the caller picks (a bounded pool, say); stops with {@link OutOfTime} once the deadline passed.
	 */
	public static Outcome run(Scenario scenario, int trials, SplittableGenerator random, Deadline deadline) {
		return new Chunks(scenario, trials, random, deadline).work().outcome();
	}

	/** The trials cut into chunks of {@value #CHUNK}, each with its generator, handed out to whoever works next. */
	private static final class Chunks {

		/** Trials between two looks at the clock: a look costs about as much as a tiny trial. */
		private static final int DEADLINE_EVERY = 16;

		private final Scenario scenario;

		private final int trials;

		private final int count;

		private final List<SplittableGenerator> generators;

		private final Deadline deadline;

		private final AtomicInteger next = new AtomicInteger();

		private final AtomicInteger run = new AtomicInteger();

		Chunks(Scenario scenario, int trials, SplittableGenerator random, Deadline deadline) {
			checkTrials(trials);
			this.scenario = scenario;
			this.trials = trials;
			this.count = (trials + CHUNK - 1) / CHUNK;
			this.generators = IntStream.range(0, count).mapToObj(i -> random.split()).toList();
			this.deadline = deadline;
		}

		Tally work() {
			Tally tally = new Tally(scenario);
			Trial trial = new Trial(scenario);
			for (int chunk = next.getAndIncrement(); chunk < count; chunk = next.getAndIncrement()) {
				int size = Math.min(CHUNK, trials - chunk * CHUNK);
				for (int from = 0; from < size; from += DEADLINE_EVERY) {
					if (deadline.passed()) {
						throw new OutOfTime(run.get(), trials);
					}
					int batch = Math.min(DEADLINE_EVERY, size - from);
					runTrials(trial, batch, generators.get(chunk), tally);
					run.addAndGet(batch);
				}
			}
			return tally;
		}

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
