package org.refinery.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How many runs of one kind of work go at once: per user first, then per service, refused rather than queued. */
class PermitsTest {

	private final MutableClock clock = new MutableClock();

	private final Permits forecasts = Permits.withDeadline("forecast", 1, 2, Duration.ofSeconds(45), clock);

	private final Permits exports = Permits.withRetryAfter("export", 1, 2, Duration.ofSeconds(15));

	@Test
	void aUserHoldingAsManyAsAllowedIsRefusedAsAUserBeforeTheServiceIs() {
		exports.acquire("paul");

		assertThatThrownBy(() -> exports.acquire("paul")).isInstanceOfSatisfying(Busy.class, busy -> {
			assertThat(busy.scope()).isEqualTo(Busy.Scope.USER);
			assertThat(busy.limit()).isEqualTo(1);
			assertThat(busy.retryAfter()).hasSeconds(15);
			assertThat(busy.reason()).isEqualTo("user-busy");
			assertThat(busy.title()).isEqualTo("Too many exports of yours");
			assertThat(busy.getMessage())
				.isEqualTo("You already run 1 export(s), the most one user may run at once; try again in 15 s");
		});
	}

	@Test
	void theServiceRefusesEveryoneWhenItRunsAsManyAsItAllows() {
		forecasts.acquire("paul");
		forecasts.acquire("pia");

		assertThatExceptionOfType(Busy.class).isThrownBy(() -> forecasts.acquire("ada"))
			.satisfies(ex -> assertThat(ex.scope()).isEqualTo(Busy.Scope.SERVICE))
			.satisfies(ex -> assertThat(ex.limit()).isEqualTo(2))
			.satisfies(ex -> assertThat(ex.title()).isEqualTo("Forecasts busy"))
			.withMessageContaining("already runs 2 forecast(s)");
		assertThat(forecasts.held()).isEqualTo(2);
	}

	@Test
	void withADeadlineRetryAfterIsWhenTheOldestRunInTheWayReachesItInWholeSeconds() {
		forecasts.acquire("paul");
		clock.advance(Duration.ofMillis(10_500));
		forecasts.acquire("pia");

		assertThatExceptionOfType(Busy.class).isThrownBy(() -> forecasts.acquire("ada"))
			.satisfies(ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(35)))
			.withMessageEndingWith("try again in 35 s");
		assertThatExceptionOfType(Busy.class).isThrownBy(() -> forecasts.acquire("pia"))
			.satisfies(ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
	}

	@Test
	void aClosedPermitIsReturnedOnceHoweverOftenItIsClosed() {
		var first = exports.acquire("paul");
		exports.acquire("tess");
		first.close();
		first.close();

		assertThat(exports.held()).isEqualTo(1);
		exports.acquire("paul").close();
		assertThatThrownBy(() -> exports.acquire("tess")).isInstanceOf(Busy.class);
	}

	@Test
	void twentyUsersAskingAtOnceGetExactlyTheServicePermitsAndTheRestAreRefused() throws Exception {
		int callers = 20;
		CountDownLatch ready = new CountDownLatch(callers);
		CountDownLatch go = new CountDownLatch(1);
		var admitted = new ConcurrentLinkedQueue<Permits.Permit>();
		var refused = new ConcurrentLinkedQueue<Busy>();
		try (var pool = Executors.newFixedThreadPool(callers)) {
			for (int i = 0; i < callers; i++) {
				String user = "user-" + i;
				pool.submit(() -> {
					ready.countDown();
					go.await();
					try {
						admitted.add(forecasts.acquire(user));
					}
					catch (Busy ex) {
						refused.add(ex);
					}
					return null;
				});
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
		}

		assertThat(admitted).hasSize(2);
		assertThat(refused).hasSize(18).allSatisfy(ex -> assertThat(ex.scope()).isEqualTo(Busy.Scope.SERVICE));
	}

	@Test
	void noRunAtAllIsNoConfiguration() {
		assertThatThrownBy(() -> Permits.withRetryAfter("export", 0, 3, Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** Time that moves only when the test says so. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-05T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
