package org.refinery.system;

import org.refinery.devstack.keycloak.KeycloakServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The running Keycloak's admin REST API with the devstack's bootstrap administrator, for facts the
 * realm must have (lifetimes, brute-force protection, password policy) and for throw-away clients
 * and users that let the security tests act without disturbing the demo users of other tests.
 */
final class SecurityKeycloakAdmin {

	private SecurityKeycloakAdmin() {
	}

	static String keycloakUrl() {
		String issuer = SharedPlatform.stack().issuer();
		return issuer.substring(0, issuer.indexOf("/realms/"));
	}

	static String realmUrl() {
		return keycloakUrl() + "/admin/realms/refinery";
	}

	/** A token of the master realm's administrator (admin-cli password grant); short-lived, so asked for each time. */
	static String adminToken() {
		HttpResponse<String> response = passwordGrant(keycloakUrl() + "/realms/master", "admin-cli",
				KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The Keycloak administrator could not sign in: " + response.body());
		}
		return PlatformClient.json(response).path("access_token").asString();
	}

	/** The password grant of a client; the raw answer, so refusals can be asserted too. */
	static HttpResponse<String> passwordGrant(String issuer, String clientId, String username, String password) {
		String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password,
				"scope", "openid")
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return PlatformClient.of(issuer, null).send(HttpRequest
			.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	static PlatformClient admin() {
		return PlatformClient.of(realmUrl(), adminToken());
	}

	static JsonNode realm() {
		return PlatformClient.json(expect(admin().get(""), 200));
	}

	/** Creates a public client with the password grant and the given attributes and mappers; returns its clientId. */
	static String createClient(String prefix, Map<String, String> attributes, boolean withAudience) {
		return createClientNamed(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), attributes, withAudience);
	}

	/** {@link #createClient} with exactly this clientId. */
	static String createClientNamed(String clientId, Map<String, String> attributes, boolean withAudience) {
		var client = new java.util.LinkedHashMap<String, Object>();
		client.put("clientId", clientId);
		client.put("enabled", true);
		client.put("publicClient", true);
		client.put("standardFlowEnabled", false);
		client.put("directAccessGrantsEnabled", true);
		client.put("fullScopeAllowed", true);
		client.put("attributes", attributes);
		var mappers = new java.util.ArrayList<Map<String, Object>>();
		mappers.add(Map.of("name", "groups", "protocol", "openid-connect", "protocolMapper",
				"oidc-group-membership-mapper", "config",
				Map.of("claim.name", "groups", "full.path", "true", "access.token.claim", "true")));
		if (withAudience) {
			mappers.add(Map.of("name", "refinery-api audience", "protocol", "openid-connect", "protocolMapper",
					"oidc-audience-mapper", "config",
					Map.of("included.custom.audience", "refinery-api", "access.token.claim", "true")));
		}
		client.put("protocolMappers", mappers);
		expect(admin().post("/clients", JsonMapper.shared().writeValueAsString(client)), 201);
		return clientId;
	}

	/** Creates an enabled user with a complete profile and this password; returns the user's id. */
	static String createUser(String username, String password) {
		String user = JsonMapper.shared()
			.writeValueAsString(Map.of("username", username, "enabled", true, "email", username + "@example.org",
					"emailVerified", true, "firstName", "Security", "lastName", "Probe", "credentials",
					java.util.List.of(Map.of("type", "password", "value", password, "temporary", false))));
		HttpResponse<String> created = expect(admin().post("/users", user), 201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** Deletes the client with this clientId, if there is one. */
	static void deleteClient(String clientId) {
		PlatformClient.json(expect(admin().get("/clients?clientId=" + clientId), 200))
			.valueStream()
			.forEach(client -> admin().delete("/clients/" + client.path("id").asString()));
	}

	static void deleteUser(String id) {
		admin().delete("/users/" + id);
	}

	static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("Keycloak admin API: %s %s answered %d %s".formatted(response.request().method(),
					response.request().uri(), response.statusCode(), response.body()));
		}
		return response;
	}

}
