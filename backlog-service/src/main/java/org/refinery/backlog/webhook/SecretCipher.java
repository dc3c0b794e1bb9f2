package org.refinery.backlog.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps subscription secrets encrypted at rest (AES-256-GCM, a fresh 96-bit nonce per secret,
 * stored as {@code v1:<base64 nonce + ciphertext>}): the secret must be read back to sign, so it
 * cannot be hashed, but a copy of the database or a backup alone does not let anyone forge
 * Refinery's signatures. The key comes from the installation ({@code refinery.webhooks.secret-key},
 * a Kubernetes Secret in a cluster); the subscription id is bound in as associated data, so a
 * sealed secret copied to another subscription does not open.
 */
public final class SecretCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** @param base64Key 32 random bytes, base64-encoded ({@code openssl rand -base64 32}) */
	public SecretCipher(String base64Key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
		}
		catch (IllegalArgumentException ex) {
			bytes = new byte[0];
		}
		if (bytes.length != 32) {
			throw new IllegalArgumentException(
					"refinery.webhooks.secret-key must be 32 bytes in base64 (openssl rand -base64 32)");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	/** The sealed form of a secret, bound to its subscription. */
	public String seal(String secret, String subscriptionId) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, subscriptionId, secret.getBytes(StandardCharsets.UTF_8));
		return PREFIX + Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
	}

	/**
	 * The secret of a sealed form.
	 * @throws IllegalStateException when it was sealed with another key or for another subscription
	 */
	public String open(String sealed, String subscriptionId) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("A webhook secret is not sealed");
		}
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
		byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
		byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
		return new String(run(Cipher.DECRYPT_MODE, nonce, subscriptionId, body), StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, byte[] nonce, String subscriptionId, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A webhook secret does not open with this key and subscription", ex);
		}
	}

}
