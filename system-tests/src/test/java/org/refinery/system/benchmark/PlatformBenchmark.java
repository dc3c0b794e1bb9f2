package org.refinery.system.benchmark;

import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The platform benchmarks of {@code docs/benchmarks.md}, one command on a fresh platform:
 * {@code ./mvnw -B -ntp -pl system-tests -Pbenchmark test-compile exec:exec}. Each figure is shown
 * beside its floor measured in the same run: raw Kafka for event propagation, PostgreSQL alone for
 * write throughput. Settings: {@code -Dbenchmark.rate=200}, {@code -Dbenchmark.phase=PT30S},
 * {@code -Dbenchmark.soak=PT10M}, {@code -Dbenchmark.callers=16}, {@code -Dbenchmark.items=400} (the items
 * the sustained-write and soak phases edit).
 */
public final class PlatformBenchmark {

	private PlatformBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		int rate = Integer.getInteger("benchmark.rate", 200);
		int callers = Integer.getInteger("benchmark.callers", 16);
		Duration phase = Duration.parse(System.getProperty("benchmark.phase", "PT30S"));
		Duration soakDuration = Duration.parse(System.getProperty("benchmark.soak", "PT10M"));
		var report = new StringBuilder("# Platform benchmark, %s (load average before: %s)%n%n".formatted(LocalDate.now(),
				Files.readString(Path.of("/proc/loadavg")).strip()));
		try {
			SharedPlatform.stack();
			PlatformClient owner = SharedPlatform.as("paul");
			Answers.created(owner.post("/api/backlog/products", """
					{"key":"BEN","name":"Benchmark","vision":"Measured, not guessed","deliveryMode":"SCALED_SCRUM",
					 "sprintLengthDays":14,"firstPeriodStart":"%s"}""".formatted(LocalDate.now())));
			Answers.created(owner.post("/api/backlog/products/BEN/teams", """
					{"key":"BEN-CORE","name":"Core","workMode":"SCRUM"}"""));

			report.append(eventPropagation(owner, rate, phase));

			var edits = ItemEdits.of(owner, "BEN", "BEN-CORE", Integer.getInteger("benchmark.items", 400));
			var gateway = WriteThroughput.throughGateway(edits, callers, phase);
			var floor = WriteThroughput.postgresFloor(callers, phase);
			report.append("## Sustained writes, %d callers for %d s%n%n".formatted(callers, phase.toSeconds()));
			report.append("| path | throughput | p50 | p99 |\n|---|---|---|---|\n");
			report.append(throughput("item edit through the gateway", gateway));
			report.append(throughput("PostgreSQL alone: one committed insert", floor));
			report.append("%nGateway ÷ PostgreSQL throughput: %.3f%n%n".formatted(gateway.perSecond() / floor.perSecond()));

			int soakRate = Math.max(1, (int) (gateway.perSecond() / 2));
			var soak = new Soak();
			soak.run(edits, soakRate, soakDuration);
			report.append("## Soak: %d writes/s (half the measured capacity) for %s%n%n".formatted(soakRate, soakDuration));
			report.append("%d errors; writes %s; %d metrics scrapes failed%n%n".formatted(soak.errors.get(),
					soak.latencies.summary(), soak.failedSamples.get()));
			report.append("| elapsed s | live heap after GC, MB (all services) | DB connections | live threads |\n|---|---|---|---|\n");
			soak.samples.forEach(sample -> report.append("| %d | %.1f | %.0f | %.0f |%n".formatted(sample.elapsedSeconds(),
					sample.liveHeapMb(), sample.connections(), sample.threads())));
		}
		finally {
			SharedPlatform.stack().stop();
		}
		Path out = Path.of("target", "platform-benchmark.md");
		Files.writeString(out, report);
		System.out.println(report);
		System.out.println("Written to " + out.toAbsolutePath());
		System.exit(0);
	}

	private static String eventPropagation(PlatformClient owner, int rate, Duration phase) throws Exception {
		var propagation = new EventPropagation();
		Latencies raw;
		try (var side = Executors.newSingleThreadExecutor()) {
			// The floor runs alongside the writes, so that both see the same machine: CPU, broker, GC.
			Future<Latencies> floor = side.submit(() -> RawKafkaLatency.measure(rate, phase));
			propagation.measure(owner, "BEN", "BEN-CORE", rate, phase);
			raw = floor.get();
		}
		var section = new StringBuilder(("## Event propagation at %d writes/s for %d s (effects timed by the commit of "
				+ "their row; raw Kafka measured alongside)%n%n").formatted(rate, phase.toSeconds()));
		section.append("| path | p50 | p99 | p99 ÷ raw p99 |\n|---|---|---|---|\n");
		section.append(row("raw Kafka producer → consumer", raw, raw));
		propagation.paths.forEach((path, latencies) -> section.append(row(path, latencies, raw)));
		section.append("%nWrites (from the intended send time): %s, %d failed.%n%n".formatted(propagation.writes.summary(),
				propagation.failures.get()));
		return section.toString();
	}

	private static String row(String path, Latencies latencies, Latencies raw) {
		return "| %s | %.1f ms | %.1f ms | %.2f |%n".formatted(path, latencies.percentileMillis(50),
				latencies.percentileMillis(99), latencies.percentileMillis(99) / raw.percentileMillis(99));
	}

	private static String throughput(String path, WriteThroughput.Result result) {
		return "| %s | %.0f/s | %.1f ms | %.1f ms |%n".formatted(path, result.perSecond(),
				result.latencies().percentileMillis(50), result.latencies().percentileMillis(99));
	}

}
