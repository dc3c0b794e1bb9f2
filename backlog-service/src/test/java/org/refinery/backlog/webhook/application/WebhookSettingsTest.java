package org.refinery.backlog.webhook.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSettingsTest {

	static WebhookSettings retention(Duration keepDelivered, Duration keepDead, Duration purgeEvery, int purgeBatch) {
		return new WebhookSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
				Duration.ofMinutes(10), 12, Duration.ofSeconds(1), 20, Duration.ofSeconds(2), keepDelivered, keepDead,
				purgeEvery, purgeBatch, null);
	}

	@Test
	void aRetentionOfDaysPurgedHourlyInBatchesIsAccepted() {
		WebhookSettings settings = retention(Duration.ofDays(30), Duration.ofDays(90), Duration.ofHours(1), 5000);

		assertThat(settings.keepDelivered()).isEqualTo(Duration.ofDays(30));
		assertThat(settings.keepDead()).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void aRetentionOfNothingOrLessIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> retention(Duration.ZERO, Duration.ofDays(90), Duration.ofHours(1), 5000))
			.withMessageContaining("refinery.webhooks.keep-delivered must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> retention(Duration.ofDays(30), Duration.ofDays(-1), Duration.ofHours(1), 5000))
			.withMessageContaining("refinery.webhooks.keep-dead must be positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> retention(null, Duration.ofDays(90), Duration.ofHours(1), 5000))
			.withMessageContaining("keep-delivered");
	}

	@Test
	void aPurgeIntervalOfNothingIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> retention(Duration.ofDays(30), Duration.ofDays(90), Duration.ZERO, 5000))
			.withMessageContaining("refinery.webhooks.purge-every must be positive");
	}

	@Test
	void aPurgeBatchOfNoRowsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> retention(Duration.ofDays(30), Duration.ofDays(90), Duration.ofHours(1), 0))
			.withMessageContaining("refinery.webhooks.purge-batch must be at least 1");
	}

}
