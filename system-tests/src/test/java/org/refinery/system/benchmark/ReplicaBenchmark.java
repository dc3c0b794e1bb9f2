package org.refinery.system.benchmark;

import org.refinery.devstack.process.ResidentMemory;
import org.refinery.devstack.state.ComponentState;
import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One replica against two on the same machine, one command: {@code ./mvnw -B -ntp -pl system-tests
 * -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.refinery.system.benchmark.ReplicaBenchmark}.
 * On the single-replica platform, then on the platform with {@link SharedPlatform#REPLICAS} of
 * everything (the first is stopped before the second starts): closed-loop item edits through the
 * gateways (throughput, p50, p99), closed-loop reads of a 50-item page (p99), and the resident memory
 * of every service and gateway process. Requests alternate between the gateways.
 */
public final class ReplicaBenchmark {

	private ReplicaBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		int callers = Integer.getInteger("benchmark.callers", 16);
		Duration phase = Duration.parse(System.getProperty("benchmark.phase", "PT30S"));
		var report = new StringBuilder("# Replica benchmark, %s (load average before: %s)%n%n".formatted(LocalDate.now(),
				Files.readString(Path.of("/proc/loadavg")).strip()));
		report.append("| replicas | edits through the gateways | page reads | CPU of services and gateways | RSS of services and gateways | load average after |\n")
			.append("|---|---|---|---|---|---|\n");
		try {
			SharedPlatform.stack();
			report.append(measure(1, callers, phase));
			SharedPlatform.replicated();
			report.append(measure(SharedPlatform.REPLICAS, callers, phase));
		}
		finally {
			SharedPlatform.stack().stop();
		}
		Path out = Path.of("target", "replica-benchmark.md");
		Files.writeString(out, report);
		System.out.println(report);
		System.out.println("Written to " + out.toAbsolutePath());
		System.exit(0);
	}

	private static String measure(int replicas, int callers, Duration phase) throws Exception {
		PlatformClient owner = SharedPlatform.as("paul");
		Answers.created(owner.post("/api/backlog/products", """
				{"key":"BEN","name":"Benchmark","vision":"Measured, not guessed","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"%s"}""".formatted(LocalDate.now())));
		Answers.created(owner.post("/api/backlog/products/BEN/teams", """
				{"key":"BEN-CORE","name":"Core","workMode":"SCRUM"}"""));
		var edits = ItemEdits.of(owner, "BEN", "BEN-CORE", Integer.getInteger("benchmark.items", 400));
		List<ComponentState> fleet = SharedPlatform.stack().components().stream()
			.filter(component -> component.name().contains("service") || component.name().startsWith("gateway"))
			.toList();
		Duration cpuBefore = cpuOf(fleet);
		WriteThroughput.Result writes = WriteThroughput.throughGateway(edits, callers, phase);
		Duration cpuOfWrites = cpuOf(fleet).minus(cpuBefore);
		WriteThroughput.Result reads = WriteThroughput.closedLoop(callers, phase,
				() -> owner.get("/api/backlog/products/BEN/items?size=50").statusCode() == 200);
		Duration cpuOfReads = cpuOf(fleet).minus(cpuBefore).minus(cpuOfWrites);
		long rss = ResidentMemory.of(fleet.stream().map(ComponentState::pid).toList());
		String cpu = "%.1f ms per edit, %.1f ms per read".formatted(perCall(cpuOfWrites, writes), perCall(cpuOfReads, reads));
		System.out.printf("%d replica(s): edits %s; reads %s; CPU %s; RSS %d MB over %d processes%n", replicas,
				writes.summary(), reads.summary(), cpu, rss >> 20, fleet.size());
		return "| %d | %s | %s | %s | %d MB (%d processes, %d MB each) | %s |%n".formatted(replicas, writes.summary(),
				reads.summary(), cpu, rss >> 20, fleet.size(), (rss >> 20) / fleet.size(),
				Files.readString(Path.of("/proc/loadavg")).strip());
	}

	/**
	 * The CPU time the services and gateways have used so far: on a shared machine the figure per
	 * request that other processes do not inflate the way they inflate wall-clock time.
	 */
	private static Duration cpuOf(List<ComponentState> fleet) {
		return fleet.stream()
			.map(component -> ProcessHandle.of(component.pid()).flatMap(process -> process.info().totalCpuDuration())
				.orElse(Duration.ZERO))
			.reduce(Duration.ZERO, Duration::plus);
	}

	private static double perCall(Duration cpu, WriteThroughput.Result result) {
		long calls = result.latencies().count();
		return calls == 0 ? 0 : cpu.toNanos() / 1e6 / calls;
	}

}
