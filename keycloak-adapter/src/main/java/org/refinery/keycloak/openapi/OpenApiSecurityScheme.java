package org.refinery.keycloak.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import java.net.URI;

/**
 * The realm's authorization code flow as an OAuth2 security scheme required by every operation,
 * so that Swagger UI's "Authorize" obtains a token from Keycloak (PKCE is the UI's setting, not
 * the document's) and sends it with each "Try it out".
 */
final class OpenApiSecurityScheme {

	static final String NAME = "keycloak";

	private final String oidc;

	OpenApiSecurityScheme(URI issuer) {
		this.oidc = issuer.toString().replaceAll("/+$", "") + "/protocol/openid-connect";
	}

	void applyTo(OpenAPI document) {
		if (document.getComponents() == null) {
			document.setComponents(new Components());
		}
		document.getComponents().addSecuritySchemes(NAME, scheme());
		boolean required = document.getSecurity() != null
				&& document.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(NAME));
		if (!required) {
			document.addSecurityItem(new SecurityRequirement().addList(NAME));
		}
	}

	SecurityScheme scheme() {
		var flow = new OAuthFlow().authorizationUrl(oidc + "/auth")
			.tokenUrl(oidc + "/token")
			.refreshUrl(oidc + "/token")
			.scopes(new Scopes().addString("openid", "Sign in with the Refinery realm"));
		return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("Keycloak realm: authorization code flow with PKCE")
			.flows(new OAuthFlows().authorizationCode(flow));
	}

}
