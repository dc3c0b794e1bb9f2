package org.refinery.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Buckets in this replica's memory: the stand-in while the shared buckets cannot be reached, so
 * that an outage of the database leaves each replica still limiting what it sees.
 */
final class LocalBuckets {

	private static final long FORGET_AFTER = TimeUnit.MINUTES.toNanos(10);

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	/** Takes one token from the bucket named {@code key}; 0 if granted, else the nanoseconds to wait. */
	long take(String key, RateLimitProperties.Limit limit) {
		long now = System.nanoTime();
		long wait = buckets.computeIfAbsent(key, name -> new TokenBucket(limit.burst(), limit.requestsPerSecond(), now))
			.take(now);
		forgetIdle(now);
		return wait;
	}

	private void forgetIdle(long now) {
		if (buckets.size() > 10_000) {
			buckets.entrySet().removeIf(entry -> entry.getValue().idleSince(now, FORGET_AFTER));
		}
	}

}
