package org.refinery.system.journey;

import org.refinery.devstack.keycloak.KeycloakServer;
import org.refinery.system.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Onboards the people of a new product the way an administrator does it in the real realm:
 * groups {@code /products/<KEY>} and {@code /teams/<TEAM>}, users with a realm role and their
 * groups, through Keycloak's admin REST API. The journey then signs them in like anybody else.
 */
final class JourneyRealm {

	private final String keycloak;

	private final String realm;

	JourneyRealm(String issuer) {
		this.keycloak = issuer.substring(0, issuer.indexOf("/realms/"));
		this.realm = issuer.substring(issuer.lastIndexOf('/') + 1);
	}

	/** Creates {@code /<parent>/<name>} unless it exists; answers its id. */
	String group(String parent, String name) {
		String parentId = topGroup(parent);
		for (JsonNode child : admin("GET", "/groups/" + parentId + "/children?max=1000", null)) {
			if (child.path("name").asString().equals(name)) {
				return child.path("id").asString();
			}
		}
		admin("POST", "/groups/" + parentId + "/children", Map.of("name", name));
		return group(parent, name);
	}

	/** A user with one realm role and the given group ids; the password is the demo convention. */
	void user(String username, String role, List<String> groupIds) {
		admin("POST", "/users", Map.of("username", username, "enabled", true, "firstName", capitalised(username),
				"lastName", "Journey", "email", username + "@journey.example", "emailVerified", true, "credentials",
				List.of(Map.of("type", "password", "value", password(username), "temporary", false))));
		String id = admin("GET", "/users?exact=true&username=" + username, null).get(0).path("id").asString();
		JsonNode roleNode = admin("GET", "/roles/" + role, null);
		admin("POST", "/users/" + id + "/role-mappings/realm", List.of(Map.of("id", roleNode.path("id").asString(), "name", role)));
		groupIds.forEach(groupId -> admin("PUT", "/users/" + id + "/groups/" + groupId, null));
	}

	static String password(String username) {
		return username + "-demo";
	}

	private String topGroup(String name) {
		for (JsonNode group : admin("GET", "/groups?search=" + name + "&exact=true", null)) {
			if (group.path("name").asString().equals(name)) {
				return group.path("id").asString();
			}
		}
		throw new IllegalStateException("The realm has no top-level group " + name);
	}

	private JsonNode admin(String method, String path, Object body) {
		var request = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/" + realm + path))
			// Asked for on every call: the master realm's admin tokens live a minute, less than onboarding
			// may take on a busy machine.
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
		HttpResponse<String> response = PlatformClient.of(keycloak, null).send(request);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().isBlank() ? MissingNode.getInstance() : JsonMapper.shared().readTree(response.body());
	}

	private String adminToken() {
		String form = "grant_type=password&client_id=admin-cli&username=" + encode(KeycloakServer.ADMIN_USERNAME)
				+ "&password=" + encode(KeycloakServer.ADMIN_PASSWORD);
		var request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		HttpResponse<String> response = PlatformClient.of(keycloak, null).send(request);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The Keycloak administrator could not sign in: " + response.body());
		}
		return JsonMapper.shared().readTree(response.body()).path("access_token").asString();
	}

	private static String capitalised(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
