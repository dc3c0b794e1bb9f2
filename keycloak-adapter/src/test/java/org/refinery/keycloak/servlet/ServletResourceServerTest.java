package org.refinery.keycloak.servlet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A servlet app with nothing but {@code refinery.security.*} set, called over real HTTP. */
@SpringBootTest(classes = ServletTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "management.endpoints.web.exposure.include=health,info")
class ServletResourceServerTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@DynamicPropertySource
	static void realm(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.security.audience", () -> "refinery-api");
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aRequestWithoutATokenIsAnswered401ProblemJsonWithABearerChallenge() {
		var response = get("/api/me", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"refinery\"");
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(401);
		assertThat((String) JsonPath.read(response.body(), "$.detail"))
			.isEqualTo("A valid bearer token from the Keycloak realm is required");
		assertThat((String) JsonPath.read(response.body(), "$.instance")).isEqualTo("/api/me");
	}

	@Test
	void aValidTokenReachesTheControllerWithTheCurrentUserResolved() {
		var response = get("/api/me", tokens.tess().mint());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.username")).isEqualTo("tess");
		assertThat((String) JsonPath.read(response.body(), "$.name")).isEqualTo("Tess Nakamura");
		assertThat((List<String>) JsonPath.read(response.body(), "$.teams")).containsExactly("PAY-CHECKOUT");
		assertThat((List<String>) JsonPath.read(response.body(), "$.products")).containsExactly("PAY");
		assertThat((List<String>) JsonPath.read(response.body(), "$.realmRoles")).contains("team-member");
	}

	@Test
	void theServiceKeepsNoSessionAndNeedsNoCsrfTokenForBearerCalls() throws Exception {
		var request = HttpRequest.newBuilder(uri("/api/me"))
			.header("Authorization", "Bearer " + tokens.nora().mint())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();

		var response = http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("nora");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefusedAndTheChallengeSaysWhy() {
		var response = get("/api/me", tokens.tess().expired().mint());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"")
			.contains("expired");
		assertThat((String) JsonPath.read(response.body(), "$.reason")).contains("expired");
	}

	@Test
	void forgedForeignAudienceWrongIssuerAndSubjectlessTokensAreAllRefused() {
		var refused = List.of(tokens.tess().signedWithForeignKey().mint(),
				tokens.tess().audience("another-api").mint(), tokens.tess().withoutAudience().mint(),
				tokens.tess().issuer("http://127.0.0.1:1/realms/refinery").mint(), tokens.tess().withoutSubject().mint());

		assertThat(refused).allSatisfy(token -> {
			var response = get("/api/me", token);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		});
	}

	@Test
	void aTokenWithoutSubjectIsRefusedWithAClearReason() {
		var response = get("/api/me", tokens.tess().withoutSubject().mint());

		assertThat((String) JsonPath.read(response.body(), "$.reason")).contains("no subject (sub) claim");
	}

	@Test
	void aCallerWithoutTheNeededRoleGets403ProblemJson() {
		var tess = get("/api/owners-only", tokens.tess().mint());
		var paul = get("/api/owners-only", tokens.paul().mint());

		assertThat(tess.statusCode()).isEqualTo(403);
		assertThat(tess.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(tess.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
		assertThat((String) JsonPath.read(tess.body(), "$.detail"))
			.isEqualTo("You lack the role or membership this needs");
		assertThat(paul.statusCode()).isEqualTo(200);
		assertThat(paul.body()).isEqualTo("paul");
	}

	@Test
	void healthAndInfoAreServedWithoutAToken() {
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
	}

	@Test
	void otherActuatorEndpointsNeedAToken() {
		assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path, String token) {
		var request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
