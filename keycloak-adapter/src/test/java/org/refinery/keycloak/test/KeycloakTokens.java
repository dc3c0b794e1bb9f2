package org.refinery.keycloak.test;

import java.net.URI;

/**
 * A test stand-in for the Keycloak realm {@code refinery}: it holds an RSA signing key, serves
 * the public half as the realm's JWKS on {@code http://127.0.0.1:<port>/realms/refinery}, and
 * mints RS256 access tokens shaped like Keycloak's ({@code realm_access}, {@code resource_access},
 * {@code groups}, {@code azp}, {@code typ: Bearer}, …). Services' tests point the adapter at it and
 * exercise the real validation path:
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = RANDOM_PORT)
 * class ProductApiIT {
 *     static final KeycloakTokens tokens = KeycloakTokens.shared();
 *
 *     @DynamicPropertySource
 *     static void realm(DynamicPropertyRegistry registry) {
 *         registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
 *     }
 *
 *     @Test
 *     void aTeamMemberSeesTheirProduct() {
 *         String token = tokens.forUser("tess").realmRoles("team-member")
 *             .teams("PAY-CHECKOUT").products("PAY").audience("refinery-api").mint();
 *         // send "Authorization: Bearer " + token
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #tess()}, {@link #paul()} and the other presets are the demo users of the devstack
 * realm with their roles and groups. Tokens that must be refused come from the same builder:
 * {@link KeycloakTokenBuilder#expired()}, {@link KeycloakTokenBuilder#issuer(String)},
 * {@link KeycloakTokenBuilder#signedWithForeignKey()}, {@link KeycloakTokenBuilder#withoutSubject()}.
 *
 * <p>{@link #shared()} is one realm per JVM, started on first use and never stopped (its threads
 * are daemons; closing it does nothing). {@link #start()} gives a private realm to close.
 */
public final class KeycloakTokens implements AutoCloseable {

	/** The realm's name, as in the issuer's path. */
	public static final String REALM = "refinery";

	/** The audience the devstack realm's audience mapper adds, and the builder's default. */
	public static final String API_AUDIENCE = "refinery-api";

	private static KeycloakTokens shared;

	private final RealmKeys keys = new RealmKeys();

	private final RealmEndpoints endpoints = new RealmEndpoints(REALM, keys.jwks());

	private final boolean isShared;

	private KeycloakTokens(boolean isShared) {
		this.isShared = isShared;
	}

	/** The one realm of this JVM, started on first use. */
	public static synchronized KeycloakTokens shared() {
		if (shared == null) {
			shared = new KeycloakTokens(true);
		}
		return shared;
	}

	/** A realm of its own, with its own key and port; close it when done. */
	public static KeycloakTokens start() {
		return new KeycloakTokens(false);
	}

	/** The issuer, {@code http://127.0.0.1:<port>/realms/refinery}: set it as {@code refinery.security.issuer-uri}. */
	public URI issuerUri() {
		return endpoints.issuer();
	}

	/** Where the realm's public keys are served. */
	public URI jwkSetUri() {
		return URI.create(issuerUri() + "/protocol/openid-connect/certs");
	}

	/** How often the JWKS was fetched; shows whether an app contacted the realm. */
	public int jwksRequests() {
		return endpoints.jwksRequests();
	}

	/**
	 * A token for a user with only Keycloak's default roles; add roles, teams and products. The
	 * subject is a UUID derived from the username, so the same user always has the same id.
	 */
	public KeycloakTokenBuilder forUser(String username) {
		return new KeycloakTokenBuilder(username, issuerUri().toString(), keys);
	}

	/** Ada Lindqvist, refinery-admin. */
	public KeycloakTokenBuilder ada() {
		return forUser("ada").name("Ada Lindqvist").realmRoles("refinery-admin");
	}

	/** Pia Moreau, portfolio-manager. */
	public KeycloakTokenBuilder pia() {
		return forUser("pia").name("Pia Moreau").realmRoles("portfolio-manager");
	}

	/** Paul Okafor, product-owner of PAY and SHOP. */
	public KeycloakTokenBuilder paul() {
		return forUser("paul").name("Paul Okafor").realmRoles("product-owner").products("PAY", "SHOP");
	}

	/** Tess Nakamura, team-member of PAY-CHECKOUT on PAY. */
	public KeycloakTokenBuilder tess() {
		return forUser("tess").name("Tess Nakamura").realmRoles("team-member").products("PAY").teams("PAY-CHECKOUT");
	}

	/** Theo Brandt, team-member of PAY-LEDGER on PAY. */
	public KeycloakTokenBuilder theo() {
		return forUser("theo").name("Theo Brandt").realmRoles("team-member").products("PAY").teams("PAY-LEDGER");
	}

	/** Vic Alvarez, viewer of PAY. */
	public KeycloakTokenBuilder vic() {
		return forUser("vic").name("Vic Alvarez").realmRoles("viewer").products("PAY");
	}

	/** Nora Haddad, team-member of SHOP-CART on SHOP only. */
	public KeycloakTokenBuilder nora() {
		return forUser("nora").name("Nora Haddad").realmRoles("team-member").products("SHOP").teams("SHOP-CART");
	}

	/** Stops a realm from {@link #start()}; the shared realm lives as long as the JVM. */
	@Override
	public void close() {
		if (!isShared) {
			endpoints.stop();
		}
	}

}
