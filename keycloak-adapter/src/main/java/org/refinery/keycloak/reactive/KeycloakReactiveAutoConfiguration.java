package org.refinery.keycloak.reactive;

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
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import java.time.Clock;

/**
 * Provides a reactive app (the gateway) with what it needs to accept Keycloak bearer tokens,
 * once {@code refinery.security.issuer-uri} is set: a lazy JWKS {@link ReactiveJwtDecoder}, the
 * {@link ReactiveKeycloakJwtConverter} and the problem+json {@link ServerProblemEntryPoint}. No
 * {@code SecurityWebFilterChain}: the gateway declares its own. Every bean yields to the app's.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(name = { "reactor.core.publisher.Mono",
		"org.springframework.web.reactive.function.client.WebClient",
		"org.springframework.security.oauth2.jwt.ReactiveJwtDecoder" })
@ConditionalOnProperty(prefix = "refinery.security", name = "issuer-uri")
@EnableConfigurationProperties(KeycloakProperties.class)
public class KeycloakReactiveAutoConfiguration {

	/**
	 * RS256 signatures checked against the realm's JWKS, fetched on first use, not at start-up;
	 * a token verified once is remembered (see {@link RememberingJwtDecoder}).
	 */
	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder keycloakReactiveJwtDecoder(KeycloakProperties properties) {
		var validator = new KeycloakTokenValidator(properties);
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSetUri(properties.effectiveJwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator);
		return new RememberingJwtDecoder(decoder, validator, REMEMBERED_TOKENS, Clock.systemUTC());
	}

	/** Far above the tokens alive at once on one gateway (users x one refresh per token lifetime). */
	static final int REMEMBERED_TOKENS = 20_000;

	@Bean
	@ConditionalOnMissingBean
	ReactiveKeycloakJwtConverter keycloakReactiveJwtConverter() {
		return new ReactiveKeycloakJwtConverter();
	}

	@Bean
	@ConditionalOnMissingBean(ServerAuthenticationEntryPoint.class)
	ServerProblemEntryPoint keycloakServerProblemEntryPoint(KeycloakProperties properties) {
		return new ServerProblemEntryPoint(properties.realm());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebFluxConfigurer.class)
	static class CurrentUserParameterConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "keycloakCurrentUserWebFluxConfigurer")
		WebFluxConfigurer keycloakCurrentUserWebFluxConfigurer() {
			return new WebFluxConfigurer() {
				@Override
				public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
					configurer.addCustomResolver(new ReactiveCurrentUserArgumentResolver());
				}
			};
		}

	}

}
