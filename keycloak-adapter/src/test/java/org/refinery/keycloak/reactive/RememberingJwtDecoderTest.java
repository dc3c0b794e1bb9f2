package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingJwtDecoderTest {

	static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

	final List<String> verifications = new ArrayList<>();

	final JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);

	/** Every token "abc-<minutes>" verifies, and lives that many minutes from NOW; "forged" never does. */
	final ReactiveJwtDecoder verifier = token -> {
		verifications.add(token);
		if (token.equals("forged")) {
			return Mono.error(new BadJwtException("Signed JWT rejected: Invalid signature"));
		}
		long minutes = Long.parseLong(token.substring(token.indexOf('-') + 1));
		return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("pia")
			.issuedAt(NOW.minusSeconds(1)).expiresAt(NOW.plus(Duration.ofMinutes(minutes))).build());
	};

	RememberingJwtDecoder decoder(int capacity) {
		expiry.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		return new RememberingJwtDecoder(verifier, expiry, capacity, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void aTokenPresentedAgainIsServedWithoutVerifyingItsSignatureAgain() {
		var decoder = decoder(10);

		Jwt first = decoder.decode("abc-5").block();
		Jwt second = decoder.decode("abc-5").block();

		assertThat(second).isSameAs(first);
		assertThat(verifications).containsExactly("abc-5");
	}

	@Test
	void aRememberedTokenIsRefusedTheMomentItExpiresAndThenForgotten() {
		var decoder = decoder(10);
		decoder.decode("abc-5").block();

		expiry.setClock(Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));

		assertThatThrownBy(() -> decoder.decode("abc-5").block()).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
		assertThat(decoder.remembered()).isZero();
	}

	@Test
	void aRefusedTokenIsNeverRememberedSoItIsRefusedEveryTime() {
		var decoder = decoder(10);

		assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);

		assertThat(verifications).containsExactly("forged", "forged");
		assertThat(decoder.remembered()).isZero();
	}

	@Test
	void whenFullExpiredTokensAreDroppedFirstAndOtherwiseAllAreForgottenButNoneRefused() {
		var decoder = decoder(2);
		decoder.decode("old-0").block();
		decoder.decode("abc-5").block();

		decoder.decode("def-5").block();
		assertThat(decoder.remembered()).isEqualTo(2);

		decoder.decode("ghi-5").block();
		assertThat(decoder.remembered()).isEqualTo(1);
		assertThat(decoder.decode("abc-5").block().getTokenValue()).isEqualTo("abc-5");
	}

}
