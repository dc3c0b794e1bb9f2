package org.refinery.backlog.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
 * The timestamp is signed with the body so that a captured request cannot be replayed later:
 * a receiver refuses a signature older than its tolerance (five minutes is usual) even though
 * the body and MAC are genuine. Comparison is constant-time.
 */
public final class WebhookSignature {

	/** The request header that carries the signature. */
	public static final String HEADER = "webhook-signature";

	private static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	/** The header value for a body sent at {@code time}. */
	public static String sign(String secret, Instant time, byte[] body) {
		long seconds = time.getEpochSecond();
		return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
	}

	/**
	 * Whether a header value signs this body with this secret, at most {@code tolerance} away
	 * from {@code now}; what a receiver does.
	 */
	public static boolean verify(String header, String secret, byte[] body, Instant now, Duration tolerance) {
		Long seconds = null;
		byte[] given = null;
		for (String part : header == null ? new String[0] : header.split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
				seconds = Long.parseLong(pair[1]);
			}
			else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
				given = HexFormat.of().parseHex(pair[1]);
			}
		}
		if (seconds == null || given == null
				|| Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
			return false;
		}
		return MessageDigest.isEqual(given, mac(secret, seconds, body));
	}

	private static byte[] mac(String secret, long seconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

}
