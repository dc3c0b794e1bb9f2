package org.refinery.forecast.forecast.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ForecastRetentionTest {

	@Test
	void forecastsAreKeptFromTheRetentionBeforeNowOn() {
		ForecastRetention retention = new ForecastRetention(Duration.ofDays(180), Duration.ofHours(1));

		assertThat(retention.keptSince(Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
	}

	@Test
	void aRetentionOrPurgeIntervalOfNothingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ForecastRetention(Duration.ZERO, Duration.ofHours(1)))
			.withMessageContaining("retention.keep");
		assertThatIllegalArgumentException().isThrownBy(() -> new ForecastRetention(Duration.ofDays(1), Duration.ofMinutes(-1)))
			.withMessageContaining("purge-every");
	}

}
