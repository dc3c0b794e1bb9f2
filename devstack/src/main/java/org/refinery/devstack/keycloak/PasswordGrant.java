package org.refinery.devstack.keycloak;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens for one demo user from the public {@code refinery-cli} client's password grant,
 * renewed shortly before they expire. The local realm alone enables that grant.
 */
public final class PasswordGrant {

	public static final String CLIENT_ID = "refinery-cli";

	private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI tokenEndpoint;

	private final String username;

	private final String password;

	private String token;

	private Instant renewAt = Instant.MIN;

	public PasswordGrant(URI issuer, String username, String password) {
		this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
		this.username = username;
		this.password = password;
	}

	/** A valid access token, fetched when the last one is about to expire. */
	public synchronized String accessToken() {
		if (token == null || Instant.now().isAfter(renewAt)) {
			JsonNode response = requestToken();
			token = response.path("access_token").asString();
			renewAt = Instant.now().plusSeconds(response.path("expires_in").asLong(60)).minus(RENEW_BEFORE);
		}
		return token;
	}

	private JsonNode requestToken() {
		String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", username, "password", password,
				"scope", "openid")
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(tokenEndpoint)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode body = JsonMapper.shared().readTree(response.body());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Keycloak refused a token for %s: HTTP %d %s".formatted(username,
						response.statusCode(), body.path("error_description").asString(response.body())));
			}
			return body;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak at " + tokenEndpoint + " did not answer: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking Keycloak for a token", ex);
		}
	}

}
