package org.refinery.backlog.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTest {

	static final String KEY = "q0mYb0Hk0tWQn8QZ1o3R6mJ9cF2Vt7y4KxLpN5sU8aE=";

	static final String OTHER_KEY = "Zb1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r7s8t9u0vw=";

	final SecretCipher cipher = new SecretCipher(KEY);

	@Test
	void aSealedSecretOpensToItselfAndDoesNotShowIt() {
		String sealed = cipher.seal("whsec_the-secret", "sub-1");

		assertThat(sealed).startsWith("v1:").doesNotContain("whsec_the-secret");
		assertThat(cipher.open(sealed, "sub-1")).isEqualTo("whsec_the-secret");
	}

	@Test
	void sealingTwiceGivesDifferentFormsOfTheSameSecret() {
		assertThat(cipher.seal("whsec_the-secret", "sub-1")).isNotEqualTo(cipher.seal("whsec_the-secret", "sub-1"));
	}

	@Test
	void aSecretDoesNotOpenWithAnotherKeyOrForAnotherSubscription() {
		String sealed = cipher.seal("whsec_the-secret", "sub-1");

		assertThatIllegalStateException().isThrownBy(() -> new SecretCipher(OTHER_KEY).open(sealed, "sub-1"));
		assertThatIllegalStateException().isThrownBy(() -> cipher.open(sealed, "sub-2"));
	}

	@Test
	void aKeyThatIsNot32BytesInBase64IsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretCipher("c2hvcnQ="));
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretCipher("not base64!"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretCipher(null));
	}

}
