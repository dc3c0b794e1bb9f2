package org.refinery.keycloak.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The realm's RSA signing key, whose public half the JWKS publishes, and a foreign key of the
 * same shape that the realm never published, for forgeries.
 */
final class RealmKeys {

	private final RSAKey signingKey = newKey();

	private final RSAKey foreignKey = newKey();

	/** The JWKS document: the public signing key only. */
	String jwks() {
		return new JWKSet(signingKey.toPublicJWK()).toString();
	}

	/**
	 * Signs claims as an RS256 JWT in compact form. A forgery names the realm's key id, so that
	 * only the signature gives it away.
	 */
	String sign(Map<String, Object> claims, boolean forged) {
		var header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
			.keyID(signingKey.getKeyID())
			.build();
		try {
			var jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
			jwt.sign(new RSASSASigner(forged ? foreignKey : signingKey));
			return jwt.serialize();
		}
		catch (JOSEException | ParseException ex) {
			throw new IllegalStateException("Cannot sign a token with claims " + claims, ex);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

}
