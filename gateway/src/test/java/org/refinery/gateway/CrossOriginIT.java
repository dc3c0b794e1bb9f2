package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS locked to the dashboard's origin (OWASP API8): the stand-in configuration allows one extra
 * origin, {@link GatewayStandIn#DASHBOARD_DEV_ORIGIN}; every other origin is refused.
 */
class CrossOriginIT extends GatewayStandIn {

	@Test
	void aPreflightFromAForeignOriginIsRefusedWith403AndNoAllowOrigin() {
		var response = http().options().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization").retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void aCrossOriginCallWithAValidTokenFromAForeignOriginIsRefusedBeforeTheService() {
		relayedAuthorizations.clear();

		var response = http().get().uri("/api/backlog/products").header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint()).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
		assertThat(relayedAuthorizations).isEmpty();
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
