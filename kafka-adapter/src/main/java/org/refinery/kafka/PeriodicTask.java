package org.refinery.kafka;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one piece of outbox upkeep on a daemon thread of its own, first after one interval, then
 * with that delay between runs, for as long as the application context runs. The task handles
 * its own failures: an exception escaping it would end the schedule.
 */
final class PeriodicTask implements SmartLifecycle {

	private final String name;

	private final Duration every;

	private final Runnable task;

	private ScheduledExecutorService scheduler;

	PeriodicTask(String name, Duration every, Runnable task) {
		this.name = name;
		this.every = every;
		this.task = task;
	}

	@Override
	public void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
		scheduler.scheduleWithFixedDelay(task, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		scheduler.shutdownNow();
		scheduler = null;
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
