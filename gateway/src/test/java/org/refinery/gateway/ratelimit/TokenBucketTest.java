package org.refinery.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

	static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	@Test
	void aFullBucketGrantsItsBurstThenSaysHowLongToWait() {
		var bucket = new TokenBucket(3, 1, 0);

		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isEqualTo(SECOND);
	}

	@Test
	void tokensComeBackAtTheSustainedRateButNeverAboveCapacity() {
		var bucket = new TokenBucket(2, 2, 0);
		bucket.take(0);
		bucket.take(0);

		assertThat(bucket.take(SECOND / 2)).isZero();
		assertThat(bucket.take(SECOND / 2)).isPositive();
		assertThat(bucket.take(100 * SECOND)).isZero();
		assertThat(bucket.take(100 * SECOND)).isZero();
		assertThat(bucket.take(100 * SECOND)).isPositive();
	}

}
