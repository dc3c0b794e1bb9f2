package org.refinery.devstack.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent start steps at the same time. When one fails the supervisor is halted, so the
 * others give up at their next check instead of finishing work that will be stopped anyway.
 */
public final class Parallel {

	private Parallel() {
	}

	public static void run(Supervisor supervisor, List<Runnable> steps) {
		RuntimeException first = null;
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			var futures = new ArrayList<Future<?>>();
			steps.forEach(step -> futures.add(executor.submit(step)));
			for (Future<?> future : futures) {
				try {
					future.get();
				}
				catch (ExecutionException ex) {
					RuntimeException failure = ex.getCause() instanceof RuntimeException runtime ? runtime
							: new StartFailed(ex.getCause().toString(), ex.getCause());
					if (first == null || (first instanceof StackStopped && !(failure instanceof StackStopped))) {
						first = failure;
					}
					supervisor.halt();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					supervisor.halt();
					first = new StackStopped("Interrupted");
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
