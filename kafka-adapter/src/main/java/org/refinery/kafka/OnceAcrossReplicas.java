package org.refinery.kafka;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Outbox upkeep done by one replica at a time. Without it every replica would resubmit the same
 * incomplete publications at once (consumers are idempotent, so this costs work, not
 * correctness) and purge the same rows. A replica that finds the lock taken skips its turn; one
 * killed mid-run holds the lock at most {@link #AT_MOST} (then a live replica takes over, which
 * is how a dead replica's unsent publications still reach Kafka). Without a lock provider (a
 * service without the scheduling adapter, or a test) the task runs unguarded, as it always did.
 */
final class OnceAcrossReplicas {

	static final Duration AT_MOST = Duration.ofMinutes(5);

	private OnceAcrossReplicas() {
	}

	static Runnable of(String name, Runnable task, LockingTaskExecutor locks) {
		if (locks == null) {
			return task;
		}
		return () -> locks.executeWithLock(task, new LockConfiguration(Instant.now(), name, AT_MOST, Duration.ZERO));
	}

}
