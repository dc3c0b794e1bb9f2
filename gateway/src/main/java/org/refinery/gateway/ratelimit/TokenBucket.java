package org.refinery.gateway.ratelimit;

/** A token bucket: refills continuously, never above its capacity; thread-safe. */
final class TokenBucket {

	private final double capacity;

	private final double perNano;

	private double tokens;

	private long refilledAt;

	TokenBucket(int capacity, int perSecond, long now) {
		this.capacity = capacity;
		this.perNano = perSecond / 1e9;
		this.tokens = capacity;
		this.refilledAt = now;
	}

	/** Takes one token; returns 0 if granted, otherwise the nanoseconds until one is available. */
	synchronized long take(long now) {
		tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
		refilledAt = now;
		if (tokens >= 1) {
			tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - tokens) / perNano);
	}

	synchronized boolean idleSince(long now, long nanos) {
		return now - refilledAt > nanos;
	}

}
