package org.refinery.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets in PostgreSQL, one row per caller and limit, so that every replica spends from the
 * same budget however the load balancer spreads a caller's requests (docs/adr/0010). Each take is
 * one short transaction that locks only that caller's row, run off the event loop.
 *
 * <p>Rate limiting protects the services; it is no reason to refuse a call. When the database does
 * not answer within {@link #PATIENCE}, the replica limits with {@link LocalBuckets} instead: per
 * replica, as before shared buckets existed, until the database is back.
 */
final class SharedBuckets {

	static final Duration PATIENCE = Duration.ofSeconds(1);

	private static final long WARN_EVERY = TimeUnit.MINUTES.toNanos(1);

	private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

	private final ProxyManager<String> buckets;

	private final Scheduler blocking;

	private final LocalBuckets fallback = new LocalBuckets();

	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY);

	SharedBuckets(ProxyManager<String> buckets, Scheduler blocking) {
		this.buckets = buckets;
		this.blocking = blocking;
	}

	/** Takes one token; emits 0 if granted, else the nanoseconds until one is available. */
	Mono<Long> take(String caller, RateLimitProperties.Limit limit) {
		// The limit is part of the key: a changed limit starts a fresh bucket instead of one stored with the old.
		String key = caller + "|" + limit.requestsPerSecond() + "/" + limit.burst();
		return Mono.fromCallable(() -> buckets.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1))
			.subscribeOn(blocking)
			.timeout(PATIENCE)
			.map(SharedBuckets::wait)
			.onErrorResume(failure -> {
				warnAtMostOnceAMinute(failure);
				return Mono.fromSupplier(() -> fallback.take(key, limit));
			});
	}

	private void warnAtMostOnceAMinute(Throwable failure) {
		long last = lastWarning.get();
		long now = System.nanoTime();
		if (now - last >= WARN_EVERY && lastWarning.compareAndSet(last, now)) {
			log.warn("Shared rate-limit buckets unavailable, limiting per replica: {}", failure.toString());
		}
	}

	private static long wait(ConsumptionProbe probe) {
		return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
	}

	private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.burst())
				.refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

}
