package org.refinery.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Tokens an attacker could build: a real token's claims under a key of their own (with the realm's
 * key id, so only the signature gives it away), the same claims with {@code alg: none}, and a real
 * token whose claims were edited after Keycloak signed them.
 */
final class ForgedTokens {

	private static final KeyPair attackerKey = generate();

	private ForgedTokens() {
	}

	/** The real token's header and claims, signed RS256 with a key the realm never issued. */
	static String signedByForeignKey(String realToken) {
		String[] parts = realToken.split("\\.");
		String signingInput = parts[0] + "." + parts[1];
		return signingInput + "." + encode(sign(signingInput));
	}

	/** The real token's claims with {@code alg: none} and no signature. */
	static String unsigned(String realToken) {
		ObjectNode header = (ObjectNode) decode(realToken.split("\\.")[0]);
		header.put("alg", "none");
		return encode(json(header)) + "." + realToken.split("\\.")[1] + ".";
	}

	/** The real token with refinery-admin added to its realm roles, Keycloak's signature kept. */
	static String withAdminRole(String realToken) {
		String[] parts = realToken.split("\\.");
		ObjectNode claims = (ObjectNode) decode(parts[1]);
		((ArrayNode) claims.path("realm_access").path("roles")).add("refinery-admin");
		return parts[0] + "." + encode(json(claims)) + "." + parts[2];
	}

	private static JsonNode decode(String part) {
		return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
	}

	private static byte[] json(JsonNode node) {
		return JsonMapper.shared().writeValueAsBytes(node);
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] sign(String signingInput) {
		try {
			var signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(attackerKey.getPrivate());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
