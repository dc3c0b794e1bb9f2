package org.refinery.gateway.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import java.net.URI;
import java.util.Map;

/**
 * The Keycloak registration from the realm's issuer and Keycloak's fixed endpoint layout.
 * Boot's {@code issuer-uri} would fetch the discovery document at start-up and fail while
 * Keycloak is down; these paths have been stable since Keycloak 17. There is no user-info
 * endpoint on purpose: the ID token already carries the profile and e-mail claims, and every
 * call to Keycloak during the login callback is one more place for a sign-in to wait.
 */
final class KeycloakClientRegistration {

	static final String ID = "keycloak";

	private KeycloakClientRegistration() {
	}

	static ClientRegistration of(URI issuer, GatewayClientProperties client) {
		String base = issuer.toString().replaceAll("/+$", "");
		String oidc = base + "/protocol/openid-connect";
		return ClientRegistration.withRegistrationId(ID)
			.clientId(client.clientId())
			.clientSecret(client.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(base)
			.authorizationUri(oidc + "/auth")
			.tokenUri(oidc + "/token")
			.jwkSetUri(oidc + "/certs")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
			.clientName("Keycloak")
			.build();
	}

}
