package org.refinery.keycloak.servlet;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.KeycloakJwtConverter;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** When the servlet auto-configuration switches on, what it provides, and how apps override it. */
class KeycloakServletAutoConfigurationTest {

	final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KeycloakServletAutoConfiguration.class,
				OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class));

	@Test
	void withoutAnIssuerTheAdapterStaysOff() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(KeycloakJwtConverter.class);
			assertThat(context).doesNotHaveBean(KeycloakResourceServer.class);
		});
	}

	@Test
	void anIssuerAloneGivesDecoderConverterAndADefaultChain() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery").run(context -> {
			assertThat(context).hasSingleBean(JwtDecoder.class);
			assertThat(context).hasSingleBean(KeycloakJwtConverter.class);
			assertThat(context).hasSingleBean(KeycloakResourceServer.class);
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("keycloakSecurityFilterChain");
			assertThat(context).hasBean("keycloakCurrentUserWebMvcConfigurer");
		});
	}

	@Test
	void bootsOwnResourceServerDecoderAndChainBackOff() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery",
				"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/other/certs")
			.run(context -> {
				assertThat(context.getBeansOfType(JwtDecoder.class)).containsOnlyKeys("keycloakJwtDecoder");
				assertThat(context.getBeansOfType(SecurityFilterChain.class))
					.containsOnlyKeys("keycloakSecurityFilterChain");
			});
	}

	@Test
	void startingTheAppDoesNotContactTheRealm() {
		try (KeycloakTokens realm = KeycloakTokens.start()) {
			runner.withPropertyValues("refinery.security.issuer-uri=" + realm.issuerUri()).run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(realm.jwksRequests()).isZero();
			});
		}
	}

	@Test
	void anAppsOwnChainBuiltFromTheResourceServerReplacesTheDefault() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery")
			.withUserConfiguration(OwnChain.class)
			.run(context -> assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("api"));
	}

	@Test
	void anAppsOwnDecoderIsUsedInsteadOfTheAdapters() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery")
			.withUserConfiguration(OwnDecoder.class)
			.run(context -> assertThat(context.getBeansOfType(JwtDecoder.class)).containsOnlyKeys("ownDecoder"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChain {

		@Bean
		SecurityFilterChain api(HttpSecurity http, KeycloakResourceServer keycloak) {
			return keycloak.filterChain(http, rules -> rules.requestMatchers("/api/admin/**").hasRole("refinery-admin"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDecoder {

		@Bean
		JwtDecoder ownDecoder() {
			return NimbusJwtDecoder.withJwkSetUri(URI.create("http://127.0.0.1:1/certs").toString()).build();
		}

	}

}
