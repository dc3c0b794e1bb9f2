package org.refinery.keycloak.openapi;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A service in miniature publishes its OpenAPI document over real HTTP, as the gateway fetches it. */
@SpringBootTest(classes = OpenApiDocumentTest.DocumentedApp.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@DynamicPropertySource
	static void realm(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri() + "/");
	}

	@LocalServerPort
	int port;

	@Test
	void theDocumentDeclaresTheRealmsAuthorizationCodeFlowAndRequiresItEverywhere() throws Exception {
		String document = apiDocs();
		String oidc = tokens.issuerUri() + "/protocol/openid-connect";

		Map<String, Object> scheme = JsonPath.read(document, "$.components.securitySchemes.keycloak");
		assertThat(scheme).containsEntry("type", "oauth2");
		assertThat((String) JsonPath.read(document, "$.components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl"))
			.isEqualTo(oidc + "/auth");
		assertThat((String) JsonPath.read(document, "$.components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl"))
			.isEqualTo(oidc + "/token");
		assertThat((List<Map<String, Object>>) JsonPath.read(document, "$.security")).containsExactly(Map.of("keycloak", List.of()));
	}

	@Test
	void theSignedInUserIsNotADocumentedParameter() throws Exception {
		Map<String, Object> operation = JsonPath.read(apiDocs(), "$.paths['/api/greeting'].get");

		assertThat(operation).containsKey("responses").doesNotContainKey("parameters");
	}

	private String apiDocs() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
			.header("Authorization", "Bearer " + tokens.tess().mint())
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	@SpringBootApplication
	static class DocumentedApp {

		@RestController
		static class Greeting {

			@GetMapping("/api/greeting")
			String greet(org.refinery.keycloak.CurrentUser user) {
				return "hello " + user.username();
			}

		}

	}

}
