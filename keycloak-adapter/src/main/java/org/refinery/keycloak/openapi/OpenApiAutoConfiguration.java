package org.refinery.keycloak.openapi;

import org.refinery.keycloak.CurrentUser;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.net.URI;

/**
 * Active when springdoc is on the class path: hides {@link CurrentUser} parameters from the
 * documents and, once the realm is known, declares how to get a token from it.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class OpenApiAutoConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	@ConditionalOnProperty("refinery.security.issuer-uri")
	GlobalOpenApiCustomizer keycloakSecurityScheme(@Value("${refinery.security.issuer-uri}") URI issuer) {
		return new OpenApiSecurityScheme(issuer)::applyTo;
	}

}
