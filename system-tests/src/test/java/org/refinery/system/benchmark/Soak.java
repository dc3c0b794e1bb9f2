package org.refinery.system.benchmark;

import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A long run at a steady rate, sampling every half minute what leaks would show: the heap left
 * after a forced full garbage collection, open database connections and live threads of every
 * service. A scrape
 * that fails (a service busy past its timeout) is counted and skipped, never the end of sampling.
 */
final class Soak {

	record Sample(long elapsedSeconds, double liveHeapMb, double connections, double threads) {
	}

	final List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());

	final AtomicInteger errors = new AtomicInteger();

	final AtomicInteger failedSamples = new AtomicInteger();

	final Latencies latencies = new Latencies();

	void run(ItemEdits edits, int rate, Duration duration) {
		long start = System.nanoTime();
		Thread sampler = Thread.ofPlatform().start(() -> {
			while (System.nanoTime() - start < duration.toNanos()) {
				sampleInto(start);
				try {
					Thread.sleep(30_000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		FixedRate.run(rate, duration, due -> {
			boolean edited = edits.editOne();
			latencies.add((System.nanoTime() - due) / 1_000);
			if (!edited) {
				errors.incrementAndGet();
			}
		});
		sampler.interrupt();
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		sampleInto(start);
	}

	private void sampleInto(long start) {
		try {
			collectGarbage();
			samples.add(sample((System.nanoTime() - start) / 1_000_000_000));
		}
		catch (RuntimeException ex) {
			failedSamples.incrementAndGet();
			System.out.println("soak: a metrics scrape failed and is skipped: " + ex);
		}
	}

	/**
	 * A full collection in every service first: the live-data gauge changes only after a full
	 * collection, which a steady load may not cause for many minutes, so without this a flat line
	 * could just mean "no full GC yet".
	 */
	private static void collectGarbage() {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		ProcessHandle.current().descendants()
			.filter(process -> process.info().command().orElse("").endsWith("/java")
					&& process.info().commandLine().map(Soak::isService).orElse(false))
			.forEach(process -> {
				try {
					new ProcessBuilder(jcmd, Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
						.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
	}

	private static boolean isService(String commandLine) {
		return Arrays.stream(RefineryService.values()).anyMatch(service -> commandLine.contains(service.module()));
	}

	private static Sample sample(long elapsed) {
		double heap = 0;
		double connections = 0;
		double threads = 0;
		for (RefineryService service : RefineryService.values()) {
			heap += PlatformMetrics.value(service.module(), "jvm_gc_live_data_size_bytes") / 1_048_576;
			connections += PlatformMetrics.value(service.module(), "hikaricp_connections");
			threads += PlatformMetrics.value(service.module(), "jvm_threads_live_threads");
		}
		return new Sample(elapsed, heap, connections, threads);
	}

}
