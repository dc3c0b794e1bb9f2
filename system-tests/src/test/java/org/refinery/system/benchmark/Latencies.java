package org.refinery.system.benchmark;

import java.util.Arrays;

/** Recorded latencies in microseconds, summarised as the benchmarks quote them: medians and tails. */
final class Latencies {

	private long[] micros = new long[1024];

	private int size;

	synchronized void add(long value) {
		if (size == micros.length) {
			micros = Arrays.copyOf(micros, size * 2);
		}
		micros[size++] = Math.max(0, value);
	}

	synchronized int count() {
		return size;
	}

	/** The p-th percentile (0–100) in milliseconds, nearest rank. */
	synchronized double percentileMillis(double p) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(micros, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
	}

	String summary() {
		return "n=%d p50=%.1f ms p99=%.1f ms".formatted(count(), percentileMillis(50), percentileMillis(99));
	}

}
