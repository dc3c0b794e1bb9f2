package org.refinery.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SharedBucketsTest {

	static final RateLimitProperties.Limit TWO_A_SECOND = new RateLimitProperties.Limit(1, 2);

	final AtomicInteger databaseCalls = new AtomicInteger();

	final AtomicLong now = new AtomicLong(1_000);

	final SharedBuckets buckets = new SharedBuckets(unreachableDatabase(), Schedulers.immediate(), now::get);

	@Test
	void whileTheDatabaseIsDownEachReplicaStillLimitsWhatItSees() {
		assertThat(buckets.take("rita", TWO_A_SECOND).block()).isZero();
		assertThat(buckets.take("rita", TWO_A_SECOND).block()).isZero();
		assertThat(buckets.take("rita", TWO_A_SECOND).block()).isPositive();
	}

	@Test
	void afterAFailureTheDatabaseIsAskedAgainOnlyOnceTheLocalSpellIsOver() {
		buckets.take("rita", TWO_A_SECOND).block();
		now.addAndGet(SharedBuckets.LOCAL_AFTER_FAILURE.toNanos() - 1);
		buckets.take("sam", TWO_A_SECOND).block();

		assertThat(databaseCalls).hasValue(1);

		now.addAndGet(1);
		buckets.take("sam", TWO_A_SECOND).block();

		assertThat(databaseCalls).hasValue(2);
	}

	/** A database that never answers: every call fails as a refused connection would. */
	private ProxyManager<String> unreachableDatabase() {
		return new ProxyManager<>() {
			@Override
			public RemoteBucketBuilder<String> builder() {
				databaseCalls.incrementAndGet();
				throw new IllegalStateException("Connection refused");
			}

			@Override
			public Optional<BucketConfiguration> getProxyConfiguration(String key) {
				throw new IllegalStateException("Connection refused");
			}

			@Override
			public void removeProxy(String key) {
				throw new IllegalStateException("Connection refused");
			}

			@Override
			public boolean isAsyncModeSupported() {
				return false;
			}

			@Override
			public AsyncProxyManager<String> asAsync() {
				throw new IllegalStateException("Connection refused");
			}
		};
	}

}
