package org.refinery.backlog.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	static final String SECRET = "whsec_local-demo-secret";

	static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	static final Instant SENT = Instant.parse("2026-12-07T08:00:00Z");

	static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void theSignatureIsTheHmacOfTheTimestampADotAndTheBody() {
		// openssl: printf '%s' '1796630400.{"eventId":"e1"}' | openssl dgst -sha256 -hmac whsec_local-demo-secret
		assertThat(WebhookSignature.sign(SECRET, SENT, BODY))
			.isEqualTo("t=1796630400,v1=" + "b76d0b3b6826b14bbb72930c4c3e7bd8e4c7d4e615eb920a04ff36b3eb2abb97");
	}

	@Test
	void aReceiverVerifiesWhatWasSigned() {
		String header = WebhookSignature.sign(SECRET, SENT, BODY);

		assertThat(WebhookSignature.verify(header, SECRET, BODY, SENT.plusSeconds(3), FIVE_MINUTES)).isTrue();
	}

	@Test
	void aChangedBodyAnotherSecretOrAnotherTimestampFailVerification() {
		String header = WebhookSignature.sign(SECRET, SENT, BODY);
		byte[] changed = "{\"eventId\":\"e2\"}".getBytes(StandardCharsets.UTF_8);

		assertThat(WebhookSignature.verify(header, SECRET, changed, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(header, "whsec_another-secret", BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify(header.replace("t=1796630400", "t=1796630401"), SECRET, BODY,
				SENT, FIVE_MINUTES)).isFalse();
	}

	@Test
	void aSignatureOlderThanTheToleranceIsAReplayAndFails() {
		String header = WebhookSignature.sign(SECRET, SENT, BODY);

		assertThat(WebhookSignature.verify(header, SECRET, BODY, SENT.plus(Duration.ofMinutes(6)), FIVE_MINUTES))
			.isFalse();
	}

	@Test
	void aMissingOrMalformedHeaderFailsVerification() {
		assertThat(WebhookSignature.verify(null, SECRET, BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify("v1=abc", SECRET, BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignature.verify("t=1796630400", SECRET, BODY, SENT, FIVE_MINUTES)).isFalse();
	}

}
