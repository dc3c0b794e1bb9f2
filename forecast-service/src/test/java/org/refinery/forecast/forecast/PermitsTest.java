package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PermitsTest {

	private final MutableClock clock = new MutableClock();

	private final Permits permits = new Permits(2, 1, Duration.ofSeconds(45), clock);

	@Test
	void aUserAlreadyRunningTheirLimitIsRefusedAsAUserUntilTheirForecastEnds() {
		Permits.Permit first = permits.acquire("paul");

		assertThatExceptionOfType(ForecastsBusy.class).isThrownBy(() -> permits.acquire("paul"))
			.satisfies(ex -> assertThat(ex.scope()).isEqualTo(ForecastsBusy.Scope.USER))
			.satisfies(ex -> assertThat(ex.limit()).isEqualTo(1));
		first.close();
		assertThat(permits.acquire("paul")).isNotNull();
	}

	@Test
	void whenEveryServicePermitIsTakenOthersAreRefusedAsTheService() {
		permits.acquire("paul");
		permits.acquire("pia");

		assertThatExceptionOfType(ForecastsBusy.class).isThrownBy(() -> permits.acquire("ada"))
			.satisfies(ex -> assertThat(ex.scope()).isEqualTo(ForecastsBusy.Scope.SERVICE))
			.satisfies(ex -> assertThat(ex.limit()).isEqualTo(2))
			.withMessageContaining("already runs 2 forecast(s)");
	}

	@Test
	void retryAfterIsWhenTheOldestForecastInTheWayReachesItsDeadlineInWholeSeconds() {
		permits.acquire("paul");
		clock.advance(Duration.ofMillis(10_500));
		permits.acquire("pia");

		assertThatExceptionOfType(ForecastsBusy.class).isThrownBy(() -> permits.acquire("ada"))
			.satisfies(ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(35)))
			.withMessageEndingWith("try again in 35 s");
		assertThatExceptionOfType(ForecastsBusy.class).isThrownBy(() -> permits.acquire("pia"))
			.satisfies(ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
	}

	@Test
	void closingAPermitTwiceReleasesItOnce() {
		Permits.Permit paul = permits.acquire("paul");
		permits.acquire("pia");

		paul.close();
		paul.close();

		assertThat(permits.held()).isEqualTo(1);
	}

	@Test
	void twentyUsersAskingAtOnceGetExactlyTheServicePermitsAndTheRestAreRefused() throws Exception {
		int callers = 20;
		CountDownLatch ready = new CountDownLatch(callers);
		CountDownLatch go = new CountDownLatch(1);
		var admitted = new ConcurrentLinkedQueue<Permits.Permit>();
		var refused = new ConcurrentLinkedQueue<ForecastsBusy>();
		try (var callersPool = Executors.newFixedThreadPool(callers)) {
			List<String> users = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				users.add("user-" + i);
			}
			users.forEach(user -> callersPool.submit(() -> {
				ready.countDown();
				go.await();
				try {
					admitted.add(permits.acquire(user));
				}
				catch (ForecastsBusy ex) {
					refused.add(ex);
				}
				return null;
			}));
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
		}

		assertThat(admitted).hasSize(2);
		assertThat(refused).hasSize(18).allSatisfy(ex -> assertThat(ex.scope()).isEqualTo(ForecastsBusy.Scope.SERVICE));
	}

	/** Time that moves only when the test says so. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-05T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
