package org.refinery.test.service;

import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points {@code refinery.security.issuer-uri} at the shared test realm's loopback JWKS. */
class TokenIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("refineryTestIssuer",
				Map.of("refinery.security.issuer-uri", KeycloakTokens.shared().issuerUri().toString())));
	}

}
