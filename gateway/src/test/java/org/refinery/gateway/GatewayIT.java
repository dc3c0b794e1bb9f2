package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of a recording stand-in for backlog-service: what reaches the service,
 * and what callers without a session or token get.
 */
@Import(GatewayIT.SessionLookups.class)
class GatewayIT extends GatewayStandIn {

	/** Counts the exchanges that looked up (and so created) a WebSession. */
	@TestConfiguration
	static class SessionLookups {

		static final AtomicInteger count = new AtomicInteger();

		@Bean
		static BeanPostProcessor countingSessionLookups() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof WebSessionManager sessions) {
						return (WebSessionManager) exchange -> Mono.defer(() -> {
							count.incrementAndGet();
							return sessions.getSession(exchange);
						});
					}
					return bean;
				}
			};
		}

	}

	@Test
	void aScriptsApiCallWithABearerTokenNeverLooksUpASessionWhileABrowserCallDoes() {
		String token = tokens.tess().mint();
		int before = SessionLookups.count.get();

		var script = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);
		int afterScript = SessionLookups.count.get();
		http().get().uri("/api/backlog/products").accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		assertThat(script.getStatusCode().value()).isEqualTo(200);
		assertThat(afterScript).isEqualTo(before);
		assertThat(SessionLookups.count.get()).isGreaterThan(afterScript);
	}

	@Test
	void aBearerTokenOfTheRealmIsRelayedToTheOwningService() throws InterruptedException {
		relayedAuthorizations.clear();
		String token = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.audience("refinery-api").mint();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(relayedAuthorizations.poll(5, TimeUnit.SECONDS)).isEqualTo("Bearer " + token);
	}

	@Test
	void anApiCallWithoutSessionOrTokenGets401ProblemJsonAndNeverReachesTheService() {
		relayedAuthorizations.clear();

		var response = http().get().uri("/api/backlog/products").accept(MediaType.APPLICATION_JSON)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(relayedAuthorizations).isEmpty();
	}

	@Test
	void aServiceThatIsDownAnswers503ProblemWhileOthersKeepWorking() throws InterruptedException {
		String token = tokens.tess().mint();

		var down = http().get().uri("/api/dependencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);
		var up = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.retrieve().toEntity(String.class);

		assertThat(down.getStatusCode().value()).isEqualTo(503);
		assertThat(down.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(down.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(down.getBody()).contains("dependency-service is not answering");
		assertThat(up.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aForgedTokenIsRejectedAtTheEdge() {
		String forged = tokens.forUser("tess").realmRoles("refinery-admin").audience("refinery-api")
			.signedWithForeignKey().mint();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
			.retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void aBrowserWithoutSessionIsSentToKeycloakLogin() {
		var response = http().get().uri("/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getLocation()).hasPath("/oauth2/authorization/keycloak");
	}

	@Test
	void theLoginRedirectUsesPkceAgainstTheRealm() {
		var response = http().get().uri("/oauth2/authorization/keycloak").retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getLocation().toString())
			.startsWith(tokens.issuerUri() + "/protocol/openid-connect/auth?")
			.contains("code_challenge_method=S256")
			.contains("client_id=refinery-gateway");
	}

	@Test
	void oneSwaggerUiListsEveryServicesOpenApiDocumentServedThroughTheGateway() {
		var config = http().get().uri("/v3/api-docs/swagger-config").retrieve().toEntity(String.class);
		var backlogDocument = http().get().uri("/v3/api-docs/backlog").retrieve().toEntity(String.class);
		var ui = http().get().uri("/swagger-ui.html").retrieve().toEntity(String.class);

		assertThat(config.getBody()).contains("/v3/api-docs/backlog").contains("/v3/api-docs/forecast");
		assertThat(backlogDocument.getBody()).contains("backlog stand-in");
		assertThat(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection()).isTrue();
	}

	@Test
	void swaggerUisAuthorizeUsesThePublicClientWithPkceAndMayReachOnlyTheRealm() {
		var initializer = http().get().uri("/webjars/swagger-ui/swagger-initializer.js").retrieve().toEntity(String.class);
		var config = http().get().uri("/v3/api-docs/swagger-config").retrieve().toEntity(String.class);
		var page = http().get().uri("/webjars/swagger-ui/index.html").retrieve().toEntity(String.class);

		assertThat(initializer.getStatusCode().value()).isEqualTo(200);
		assertThat(initializer.getBody()).contains("initOAuth").contains("\"clientId\":\"refinery-swagger-ui\"")
			.contains("\"usePkceWithAuthorizationCodeGrant\":true");
		assertThat(config.getBody()).contains("\"oauth2RedirectUrl\"");
		String realmOrigin = "http://" + tokens.issuerUri().getAuthority();
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("connect-src 'self' " + realmOrigin + ";")
			.contains("frame-ancestors 'none'");
	}

	@Test
	void theDashboardMayNotFetchFromTheRealmOnlySwaggerUiMay() {
		var response = http().get().uri("/readyz").retrieve().toEntity(String.class);

		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("connect-src 'self';");
	}

	@Test
	void responsesCarrySecurityHeadersForTheDashboard() {
		var response = http().get().uri("/readyz").retrieve().toEntity(String.class);

		assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("default-src 'self'");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void noPathReachesAServicesActuator() {
		String admin = tokens.forUser("ada").realmRoles("refinery-admin").mint();

		for (String path : new String[] { "/actuator/env", "/actuator/heapdump", "/api/backlog/../actuator/env",
				"/actuator/gateway/routes" }) {
			var response = http().get().uri(java.net.URI.create("http://localhost:" + port + path))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isIn(400, 404);
		}
		assertThat(actuatorCalls).isEmpty();
	}

	@Test
	void aWriteWithoutBearerTokenOrCsrfTokenIsRefusedAndNeverReachesTheService() {
		relayedAuthorizations.clear();

		var response = http().post().uri("/api/backlog/products").contentType(MediaType.APPLICATION_JSON)
			.body("{\"key\":\"EVIL\"}").retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(relayedAuthorizations).isEmpty();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() {
		var plain = http().get().uri("/oauth2/authorization/keycloak").retrieve().toEntity(String.class);
		var tls = http().get().uri("/oauth2/authorization/keycloak").header("X-Forwarded-Proto", "https")
			.retrieve().toEntity(String.class);

		assertThat(plain.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
		assertThat(tls.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").containsIgnoringCase("HttpOnly").contains("Secure"));
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverTls() {
		var plain = http().get().uri("/readyz").retrieve().toEntity(String.class);
		var tls = http().get().uri("/readyz").header("X-Forwarded-Proto", "https")
			.retrieve().toEntity(String.class);

		assertThat(plain.getHeaders().getFirst("Strict-Transport-Security")).isNull();
		assertThat(tls.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void healthAndPrometheusAreServedWithoutLoginOnTheManagementPort() {
		assertThat(managementPort).isNotEqualTo(port);
		for (String path : new String[] { "/actuator/health/readiness", "/actuator/health/liveness", "/actuator/prometheus" }) {
			var response = http().get().uri(java.net.URI.create("http://localhost:" + managementPort + path)).retrieve()
				.toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
		}
	}

	@Test
	void thePublicPortServesNoActuatorOnlyItsOwnHealth() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info" }) {
			var response = http().get().uri(path).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(404);
			assertThat(response.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
			assertThat(response.getBody()).as(path).doesNotContain("jvm_", "refinery_");
		}
		for (String path : new String[] { "/readyz", "/livez" }) {
			var response = http().get().uri(path).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
			assertThat(response.getBody()).as(path).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(actuatorCalls).isEmpty();
	}

}
