package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.KeycloakJwtConverter;
import org.refinery.keycloak.servlet.KeycloakServletAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reactive app (the gateway) receives: building blocks, never a filter chain. */
class KeycloakReactiveAutoConfigurationTest {

	final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KeycloakReactiveAutoConfiguration.class,
				KeycloakServletAutoConfiguration.class));

	@Test
	void withoutAnIssuerTheAdapterStaysOff() {
		runner.run(context -> {
			assertThat(context).doesNotHaveBean(ReactiveKeycloakJwtConverter.class);
			assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
		});
	}

	@Test
	void anIssuerGivesDecoderConverterAndProblemEntryPointButNoChain() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery").run(context -> {
			assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			assertThat(context).hasSingleBean(ServerProblemEntryPoint.class);
			assertThat(context).hasBean("keycloakCurrentUserWebFluxConfigurer");
			assertThat(context).doesNotHaveBean(SecurityWebFilterChain.class);
			assertThat(context).doesNotHaveBean(KeycloakJwtConverter.class);
			var converters = context.getBeanNamesForType(ResolvableType.forType(ReactiveKeycloakJwtConverter.class
				.getGenericInterfaces()[0]));
			assertThat(converters).containsExactly("keycloakReactiveJwtConverter");
		});
	}

	@Test
	void bootsOwnResourceServerDecoderBacksOffForTheAdapters() {
		runner.withConfiguration(AutoConfigurations.of(ReactiveOAuth2ResourceServerAutoConfiguration.class,
				ReactiveWebSecurityAutoConfiguration.class))
			.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery",
					"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/other/certs")
			.run(context -> assertThat(context.getBeansOfType(ReactiveJwtDecoder.class))
				.containsOnlyKeys("keycloakReactiveJwtDecoder"));
	}

	@Test
	void anAppsOwnEntryPointReplacesTheProblemEntryPoint() {
		runner.withPropertyValues("refinery.security.issuer-uri=http://127.0.0.1:1/realms/refinery")
			.withUserConfiguration(OwnEntryPoint.class)
			.run(context -> assertThat(context.getBeansOfType(ServerAuthenticationEntryPoint.class))
				.containsOnlyKeys("ownEntryPoint"));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEntryPoint {

		@Bean
		ServerAuthenticationEntryPoint ownEntryPoint() {
			return new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED);
		}

	}

}
