package org.refinery.forecast.simulation;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One product forecast of 10,000 trials, in parallel on all cores, on a generated backlog of
 * 5,000 items, 50 teams and 2,000 BLOCKS dependencies; with {@code dependencies = false} the same
 * backlog runs without its dependencies, the baseline of the dependency-aware run. Besides the
 * wall time, each iteration prints the CPU time the whole JVM spent ("cpu ms"), which stays
 * meaningful when other processes share the cores, and the system's load average, which tells
 * how much they did. The large backlog is {@link LargeForecastBenchmark}.
 * Run both with {@code ./mvnw -B -ntp -o -pl forecast-service -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g", "-XX:+UseParallelGC" })
public class ForecastBenchmark {

	static final int TRIALS = 10_000;

	@Param({ "5000:50:2000" })
	public String shape;

	@Param({ "true", "false" })
	public boolean dependencies;

	private Scenario scenario;

	@Setup
	public void generate() {
		String[] parts = shape.split(":");
		scenario = backlog(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
				dependencies ? Integer.parseInt(parts[2]) : 0, new SplittableRandom(42));
	}

	private long cpuAtStart;

	@Setup(Level.Iteration)
	public void startCpuClock() {
		cpuAtStart = processCpuNanos();
	}

	@TearDown(Level.Iteration)
	public void printCpuTime() {
		System.out.printf("cpu ms %s dependencies=%s: %.1f (load average %.2f)%n", shape, dependencies,
				(processCpuNanos() - cpuAtStart) / 1e6, loadAverage());
	}

	@Benchmark
	public Outcome forecast() {
		return MonteCarlo.run(scenario, TRIALS, new SplittableRandom(7));
	}

	/** The system's one-minute load average: above the two cores, other processes shared them. */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Every 25th item is an epic of the next 24; leaves go to random teams; each team has 12
	 * Sprints of history between 2 and 14 items (about 200 items per team take 25 Sprints, so the
	 * horizon is 40 Sprints); each dependency's prerequisite ranks above its dependent on another team.
	 */
	static Scenario backlog(int itemCount, int teamCount, int dependencyCount, SplittableRandom random) {
		List<SimTeam> teams = new ArrayList<>();
		for (int t = 0; t < teamCount; t++) {
			List<Double> history = new ArrayList<>();
			for (int s = 0; s < 12; s++) {
				history.add((double) random.nextInt(2, 15));
			}
			teams.add(new SimTeam("T" + t, history));
		}
		int[] team = new int[itemCount];
		List<List<Integer>> prerequisites = new ArrayList<>();
		for (int i = 0; i < itemCount; i++) {
			team[i] = random.nextInt(teamCount);
			prerequisites.add(new ArrayList<>());
		}
		for (int added = 0; added < dependencyCount;) {
			int dependent = random.nextInt(1, itemCount);
			int prerequisite = random.nextInt(dependent);
			if (dependent % 25 != 0 && prerequisite % 25 != 0 && team[dependent] != team[prerequisite]) {
				prerequisites.get(dependent).add(prerequisite);
				added++;
			}
		}
		List<SimItem> items = new ArrayList<>();
		for (int i = 0; i < itemCount; i++) {
			int parent = i % 25 == 0 ? -1 : i - i % 25;
			items.add(new SimItem(new UUID(0, i), team[i], 1, parent, false, prerequisites.get(i)));
		}
		return new Scenario(teams, items, 40);
	}

}
