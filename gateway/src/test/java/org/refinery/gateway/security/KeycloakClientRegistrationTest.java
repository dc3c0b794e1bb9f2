package org.refinery.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClientRegistrationTest {

	@Test
	void theRegistrationFollowsKeycloaksEndpointLayoutWithoutAskingKeycloak() {
		var registration = KeycloakClientRegistration.of(URI.create("http://kc.local:8180/realms/refinery/"),
				new GatewayClientProperties("refinery-gateway", "s3cret"));
		var provider = registration.getProviderDetails();

		assertThat(provider.getIssuerUri()).isEqualTo("http://kc.local:8180/realms/refinery");
		assertThat(provider.getAuthorizationUri())
			.isEqualTo("http://kc.local:8180/realms/refinery/protocol/openid-connect/auth");
		assertThat(provider.getTokenUri()).isEqualTo("http://kc.local:8180/realms/refinery/protocol/openid-connect/token");
		assertThat(provider.getJwkSetUri()).isEqualTo("http://kc.local:8180/realms/refinery/protocol/openid-connect/certs");
		assertThat(provider.getConfigurationMetadata()).containsEntry("end_session_endpoint",
				"http://kc.local:8180/realms/refinery/protocol/openid-connect/logout");
	}

	@Test
	void theGatewayIsAConfidentialClientUsingTheAuthorizationCodeFlowWithOpenId() {
		var registration = KeycloakClientRegistration.of(URI.create("http://localhost:8180/realms/refinery"),
				new GatewayClientProperties("refinery-gateway", "s3cret"));

		assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
		assertThat(registration.getClientSecret()).isEqualTo("s3cret");
		assertThat(registration.getScopes()).contains("openid");
	}

}
