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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The large backlog: one forecast of 10,000 trials on 100,000 items, 500 teams and 50,000 BLOCKS
 * dependencies (generated as in {@link ForecastBenchmark}), with fewer iterations because one
 * takes seconds. Prints the JVM's CPU time per iteration as "cpu ms", with the load average.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g", "-XX:+UseParallelGC" })
public class LargeForecastBenchmark {

	@Param({ "100000:500:50000" })
	public String shape;

	private Scenario scenario;

	@Setup
	public void generate() {
		String[] parts = shape.split(":");
		scenario = ForecastBenchmark.backlog(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
				Integer.parseInt(parts[2]), new SplittableRandom(42));
	}

	private long cpuAtStart;

	@Setup(Level.Iteration)
	public void startCpuClock() {
		cpuAtStart = ForecastBenchmark.processCpuNanos();
	}

	@TearDown(Level.Iteration)
	public void printCpuTime() {
		System.out.printf("cpu ms %s dependencies=true: %.1f (load average %.2f)%n", shape,
				(ForecastBenchmark.processCpuNanos() - cpuAtStart) / 1e6, ForecastBenchmark.loadAverage());
	}

	@Benchmark
	public Outcome forecast() {
		return MonteCarlo.run(scenario, ForecastBenchmark.TRIALS, new SplittableRandom(7));
	}

}
