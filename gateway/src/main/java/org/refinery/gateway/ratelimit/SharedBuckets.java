package org.refinery.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Token buckets in PostgreSQL, one row per caller and limit, so that every replica spends from the
 * same budget however the load balancer spreads a caller's requests (docs/adr/0010). Each take is
 * one short transaction that locks only that caller's row, run off the event loop.
 *
 * <p>Rate limiting protects the services; it is no reason to refuse a call. When the database does
 * not answer within {@link #PATIENCE}, the replica limits with {@link LocalBuckets} instead, per
 * replica as before shared buckets existed, and asks the database again only after
 * {@link #LOCAL_AFTER_FAILURE}, so that an outage does not cost every call the patience.
 */
final class SharedBuckets {

	static final Duration PATIENCE = Duration.ofSeconds(1);

	static final Duration LOCAL_AFTER_FAILURE = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

	private final ProxyManager<String> buckets;

	private final Scheduler blocking;

	private final LocalBuckets fallback = new LocalBuckets();

	private final LongSupplier clock;

	/** When the database last failed, in the clock's nanoseconds; null while it answers. */
	private final AtomicReference<Long> failedAt = new AtomicReference<>();

	SharedBuckets(ProxyManager<String> buckets, Scheduler blocking, LongSupplier clock) {
		this.buckets = buckets;
		this.blocking = blocking;
		this.clock = clock;
	}

	/** Takes one token; emits 0 if granted, else the nanoseconds until one is available. */
	Mono<Long> take(String caller, RateLimitProperties.Limit limit) {
		// The limit is part of the key: a changed limit starts a fresh bucket instead of one stored with the old.
		String key = caller + "|" + limit.requestsPerSecond() + "/" + limit.burst();
		Long failed = failedAt.get();
		if (failed != null && clock.getAsLong() - failed < LOCAL_AFTER_FAILURE.toNanos()) {
			return Mono.fromSupplier(() -> fallback.take(key, limit));
		}
		return Mono.fromCallable(() -> buckets.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1))
			.subscribeOn(blocking)
			.timeout(PATIENCE)
			.map(this::answered)
			.onErrorResume(failure -> {
				failed(failure);
				return Mono.fromSupplier(() -> fallback.take(key, limit));
			});
	}

	private long answered(ConsumptionProbe probe) {
		if (failedAt.get() != null && failedAt.getAndSet(null) != null) {
			log.info("Shared rate-limit buckets answer again; limits are shared by every replica again");
		}
		return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
	}

	private void failed(Throwable failure) {
		if (failedAt.getAndSet(clock.getAsLong()) == null) {
			log.warn("Shared rate-limit buckets unavailable, limiting per replica for now: {}", failure.toString());
		}
	}

	private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.burst())
				.refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

}
