package org.refinery.keycloak.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiSecuritySchemeTest {

	final OpenApiSecurityScheme scheme = new OpenApiSecurityScheme(URI.create("http://kc.local:8180/realms/refinery/"));

	@Test
	void theFlowPointsAtTheRealmsEndpointsWhateverTheTrailingSlash() {
		var flow = scheme.scheme().getFlows().getAuthorizationCode();

		assertThat(flow.getAuthorizationUrl()).isEqualTo("http://kc.local:8180/realms/refinery/protocol/openid-connect/auth");
		assertThat(flow.getTokenUrl()).isEqualTo("http://kc.local:8180/realms/refinery/protocol/openid-connect/token");
		assertThat(flow.getScopes()).containsKey("openid");
	}

	@Test
	void applyingTwiceRequiresTheSchemeOnceAndKeepsOtherRequirements() {
		var document = new OpenAPI().addSecurityItem(new SecurityRequirement().addList("apiKey"));

		scheme.applyTo(document);
		scheme.applyTo(document);

		assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("keycloak");
		assertThat(document.getSecurity()).hasSize(2);
	}

}
