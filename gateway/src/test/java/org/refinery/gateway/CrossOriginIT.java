package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS locked to the dashboard's origin (OWASP API8): the stand-in configuration allows one extra
 * origin, {@link GatewayStandIn#DASHBOARD_DEV_ORIGIN}; every other origin is refused with a 403
 * problem that says why.
 */
class CrossOriginIT extends GatewayStandIn {

	@Test
	void aPreflightFromAForeignOriginIsRefusedWith403ProblemSayingTheOriginIsNotAllowed() {
		var response = http().options().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization").retrieve().toEntity(String.class);

		var problem = GatewayProblemIT.problem(response, 403);
		assertThat(problem.path("title").asString()).isEqualTo("Origin not allowed");
		assertThat(problem.path("detail").asString()).contains("The origin https://evil.example is not allowed");
		assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void aCrossOriginCallWithAValidTokenFromAForeignOriginIsRefusedWithAProblemBeforeTheService() {
		relayedAuthorizations.clear();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint()).retrieve().toEntity(String.class);

		assertThat(GatewayProblemIT.problem(response, 403).path("detail").asString())
			.contains("The origin https://evil.example is not allowed");
		assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
		assertThat(relayedAuthorizations).isEmpty();
	}

	@Test
	void aPreflightFromAConfiguredOriginAskingForAHeaderTheApiDoesNotTakeIsToldSo() {
		var response = http().options().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, DASHBOARD_DEV_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-impersonate").retrieve().toEntity(String.class);

		assertThat(GatewayProblemIT.problem(response, 403).path("detail").asString())
			.contains("The preflight from " + DASHBOARD_DEV_ORIGIN + " asks for a method or headers");
		assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void aConfiguredOriginMayCallTheApiAcrossOrigins() {
		var preflight = http().options().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, DASHBOARD_DEV_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,if-match").retrieve().toEntity(String.class);
		var call = http().get().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, DASHBOARD_DEV_ORIGIN)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint()).retrieve().toEntity(String.class);

		assertThat(preflight.getStatusCode().value()).isEqualTo(200);
		assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isEqualTo(DASHBOARD_DEV_ORIGIN);
		assertThat(preflight.getHeaders().getAccessControlAllowMethods()).extracting(Object::toString).contains("PATCH");
		assertThat(call.getStatusCode().value()).isEqualTo(200);
		assertThat(call.getHeaders().getAccessControlAllowOrigin()).isEqualTo(DASHBOARD_DEV_ORIGIN);
	}

	@Test
	void aSameOriginCallIsNotTreatedAsCrossOrigin() {
		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, "http://localhost:" + port)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint()).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
	}

}
