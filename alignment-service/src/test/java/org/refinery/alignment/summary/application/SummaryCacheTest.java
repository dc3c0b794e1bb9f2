package org.refinery.alignment.summary.application;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.summary.AlignmentSummary;
import org.refinery.alignment.summary.Ratio;
import org.refinery.alignment.summary.Scope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCacheTest {

	final SummaryCache cache = new SummaryCache();

	final AtomicInteger computed = new AtomicInteger();

	final Supplier<AlignmentSummary> compute = () -> {
		computed.incrementAndGet();
		return new AlignmentSummary("PAY", Scope.open(), BigDecimal.ONE, "rule",
				new Ratio(0, 0, null, BigDecimal.ZERO, BigDecimal.ZERO, null), Map.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());
	};

	@Test
	void aSummaryIsReusedWhileNothingOfItsProductChanges() {
		var first = cache.get("PAY", Scope.open(), compute);
		cache.changed("SHOP");

		assertThat(cache.get("PAY", Scope.open(), compute)).isSameAs(first);
		assertThat(computed).hasValue(1);
	}

	@Test
	void aChangeOfTheProductOrOfOrganisationGoalsMeansComputingAgain() {
		cache.get("PAY", SummaryCache.TOP_50, compute);
		cache.changed("PAY");
		cache.get("PAY", SummaryCache.TOP_50, compute);
		cache.changedEverything();
		cache.get("PAY", SummaryCache.TOP_50, compute);

		assertThat(computed).hasValue(3);
	}

	@Test
	void aSummaryComputedWhileAChangeCommittedIsNeverServedAfterIt() {
		cache.get("PAY", Scope.open(), () -> {
			cache.changed("PAY");
			return compute.get();
		});

		cache.get("PAY", Scope.open(), compute);

		assertThat(computed).hasValue(2);
	}

	@Test
	void afterAChangeTheLastSummaryIsStillOfferedMarkedStaleWithWhenItWasComputed() {
		var clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
		var cache = new SummaryCache(clock);
		var first = cache.get("PAY", Scope.open(), compute);
		clock.advance(Duration.ofSeconds(2));
		cache.changed("PAY");

		assertThat(cache.latest("PAY", Scope.open())).hasValueSatisfying(latest -> {
			assertThat(latest.summary()).isSameAs(first);
			assertThat(latest.stale()).isTrue();
			assertThat(latest.computedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
		});
		var second = cache.get("PAY", Scope.open(), compute);
		assertThat(cache.latest("PAY", Scope.open())).hasValueSatisfying(latest -> {
			assertThat(latest.summary()).isSameAs(second);
			assertThat(latest.stale()).isFalse();
			assertThat(latest.computedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:02Z"));
		});
	}

	@Test
	void aSlowComputationFromOlderDataNeverReplacesANewerKeptSummary() {
		AtomicReference<AlignmentSummary> newer = new AtomicReference<>();
		cache.get("PAY", Scope.open(), () -> {
			// while this one reads, a change commits and a second computation finishes first
			cache.changed("PAY");
			newer.set(cache.get("PAY", Scope.open(), compute));
			return compute.get();
		});

		assertThat(cache.latest("PAY", Scope.open())).hasValueSatisfying(latest -> {
			assertThat(latest.summary()).isSameAs(newer.get());
			assertThat(latest.stale()).isFalse();
		});
	}

	@Test
	void aRefreshKeepsBothCommonScopesAndIsSkippedWhileTheyAreCurrent() {
		cache.refresh("PAY", scope -> compute.get());
		cache.refresh("PAY", scope -> compute.get());

		assertThat(computed).hasValue(2);
		assertThat(cache.latest("PAY", Scope.open())).hasValueSatisfying(latest -> assertThat(latest.stale()).isFalse());
		assertThat(cache.latest("PAY", SummaryCache.TOP_50)).hasValueSatisfying(latest -> assertThat(latest.stale()).isFalse());
	}

	@Test
	void aRefreshThatReadAcrossACommittedChangeLeavesBothScopesStale() {
		cache.refresh("PAY", scope -> {
			if (computed.get() == 0) {
				cache.changed("PAY");
			}
			return compute.get();
		});

		assertThat(cache.latest("PAY", Scope.open())).hasValueSatisfying(latest -> assertThat(latest.stale()).isTrue());
		assertThat(cache.latest("PAY", SummaryCache.TOP_50)).hasValueSatisfying(latest -> assertThat(latest.stale()).isTrue());
	}

	@Test
	void nothingIsOfferedForAProductNeverComputed() {
		assertThat(cache.latest("PAY", Scope.open())).isEmpty();
	}

	@Test
	void uncommonScopesAreNotKept() {
		cache.get("PAY", Scope.top(7), compute);
		cache.get("PAY", Scope.top(7), compute);

		assertThat(computed).hasValue(2);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
