package org.refinery.keycloak.servlet;

import org.refinery.keycloak.KeycloakJwtConverter;
import org.refinery.keycloak.KeycloakProperties;
import org.refinery.keycloak.KeycloakTokenValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Makes a servlet app a Keycloak resource server once {@code refinery.security.issuer-uri} is
 * set. Runs before Spring Boot's own security auto-configuration so that Boot's defaults (a
 * generated user, form login, its own resource-server chain) back off. Every bean yields to one
 * the app declares.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ HttpSecurity.class, JwtDecoder.class })
@ConditionalOnProperty(prefix = "refinery.security", name = "issuer-uri")
@EnableConfigurationProperties(KeycloakProperties.class)
public class KeycloakServletAutoConfiguration {

	/**
	 * Validates signatures (RS256) with the realm's JWKS, fetched on first use rather than at
	 * start-up, so the app starts while Keycloak is still down.
	 */
	@Bean
	@ConditionalOnMissingBean
	JwtDecoder keycloakJwtDecoder(KeycloakProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(new KeycloakTokenValidator(properties));
		return decoder;
	}

	@Bean
	@ConditionalOnMissingBean
	KeycloakJwtConverter keycloakJwtConverter() {
		return new KeycloakJwtConverter();
	}

	@Bean
	@ConditionalOnMissingBean
	KeycloakResourceServer keycloakResourceServer(JwtDecoder decoder, KeycloakJwtConverter converter,
			KeycloakProperties properties) {
		return new KeycloakResourceServer(decoder, converter, properties.realm());
	}

	/** Every request but the public paths needs a valid token; only when the app declares no chain. */
	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain keycloakSecurityFilterChain(HttpSecurity http, KeycloakResourceServer keycloak) {
		return keycloak.filterChain(http, rules -> {
		});
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebMvcConfigurer.class)
	static class CurrentUserParameterConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "keycloakCurrentUserWebMvcConfigurer")
		WebMvcConfigurer keycloakCurrentUserWebMvcConfigurer() {
			return new WebMvcConfigurer() {
				@Override
				public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
					resolvers.add(new CurrentUserArgumentResolver());
				}
			};
		}

	}

}
