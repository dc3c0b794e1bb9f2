package org.refinery.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signs a demo user in the way a script does: the password grant of the public refinery-cli client. */
final class DemoLogin {

	private DemoLogin() {
	}

	static String accessToken(HttpClient http, String issuer, String username) throws Exception {
		String form = "grant_type=password&client_id=refinery-cli&scope=openid&username=" + encode(username)
				+ "&password=" + encode(username + "-demo");
		var request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Login of " + username + " failed: " + response.body());
		}
		return JsonMapper.shared().readTree(response.body()).path("access_token").asString();
	}

	/** The claims of a JWT, decoded without verification (the services verify; tests only read). */
	static JsonNode claims(String token) {
		String payload = token.split("\\.")[1];
		return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
