package org.refinery.system.benchmark;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * An open-model load: the n-th call is due at {@code start + n / rate} whatever the previous ones
 * do, and each call is handed its due time, so a latency measured from it includes any waiting a
 * slow system causes (no coordinated omission).
 */
final class FixedRate {

	private FixedRate() {
	}

	/** Runs {@code call} (given its due time in nanos) {@code rate} times a second for {@code duration}. */
	static void run(int rate, Duration duration, LongConsumer call) {
		long calls = rate * duration.toSeconds();
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		long start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long n = 0; n < calls; n++) {
				long due = start + n * interval;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					sleepNanos(wait);
				}
				executor.submit(() -> call.accept(due));
			}
		}
	}

	private static void sleepNanos(long nanos) {
		try {
			Thread.sleep(Duration.ofNanos(nanos));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
