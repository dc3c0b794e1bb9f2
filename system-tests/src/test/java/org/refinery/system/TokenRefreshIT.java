package org.refinery.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.KeycloakLoginForm.credentials;
import static org.refinery.system.KeycloakLoginForm.expectRedirect;
import static org.refinery.system.KeycloakLoginForm.formAction;
import static org.assertj.core.api.Assertions.within;

/**
 * A browser's session outlives its access token: the gateway keeps the refresh token in the session
 * and, once the access token has expired, gets a new one before relaying the call. For this class
 * the {@code refinery-gateway} client's access tokens live {@value #LIFESPAN_SECONDS} seconds
 * (restored afterwards); the test signs in through the login form as {@link BrowserFlowIT} does and
 * calls the API with only the session cookie after the last token the gateway held has expired
 * beyond the services' clock skew, so a relayed stale token would be answered 401.
 * <p>
 * Spring Security's authorized-client manager renews a token 60 s before it expires (its default
 * clock skew), so with a 5 s lifespan the gateway renews on every call: the proof is not that it
 * renews late, but that no call is ever relayed with an expired token. The lifespan is short
 * because the wait is idle time in every CI run: 5 + 30 (skew) + 2 s, where 20 s made it 52 s.
 * <p>
 * It runs after the dashboard classes, which share one signed-in browser: in one CI run, the first
 * dashboard page opened right after this class held one of its API requests in the browser for the
 * whole 45 s wait (the gateway saw it only when the next page was loaded). The cause is not
 * established; keeping this class's 37 s of idling and its client change away from the browser
 * sessions avoids the interleaving.
 */
@Order(Order.DEFAULT + 40)
class TokenRefreshIT {

	private static final String LIFESPAN_ATTRIBUTE = "access.token.lifespan";

	private static final int LIFESPAN_SECONDS = 5;

	/** The attribute's value before this class: empty means the realm's lifespan applies. */
	private static String originalLifespan;

	private final SecurityCookieBrowser browser = new SecurityCookieBrowser();

	private final String gateway = SharedPlatform.stack().gatewayUrl();

	@BeforeAll
	static void shortenTheGatewaysAccessTokens() {
		JsonNode lifespan = gatewayClient().path("attributes").path(LIFESPAN_ATTRIBUTE);
		originalLifespan = lifespan.isString() ? lifespan.stringValue() : "";
		setLifespan(Integer.toString(LIFESPAN_SECONDS));
	}

	@AfterAll
	static void restoreThem() {
		if (originalLifespan != null) {
			setLifespan(originalLifespan);
		}
	}

	@Test
	void an_api_call_with_the_session_cookie_still_answers_200_after_the_access_token_expired() throws InterruptedException {
		signIn("vic");
		HttpResponse<String> fresh = browser.fetchJson(gateway + "/api/backlog/products");
		assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(200);
		// Every token the gateway holds was issued before this instant.
		Instant lastIssued = Instant.now();

		Thread.sleep(Duration.between(Instant.now(), lastIssued.plusSeconds(LIFESPAN_SECONDS)
			.plus(SecurityRealTokens.CLOCK_SKEW).plusSeconds(2)));
		HttpResponse<String> later = browser.fetchJson(gateway + "/api/backlog/products");

		assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
		assertThat(PlatformClient.json(later).path("content").toString()).contains("\"PAY\"");
		JsonNode idToken = DemoLogin.claims(idTokenHint(signOut()));
		assertThat(idToken.path("exp").asLong() - idToken.path("iat").asLong()).as("lifespan of the session's tokens")
			.isCloseTo(LIFESPAN_SECONDS, within(1L));
	}

	private static JsonNode gatewayClient() {
		HttpResponse<String> found = SecurityKeycloakAdmin.admin().get("/clients?clientId=refinery-gateway");
		return PlatformClient.json(SecurityKeycloakAdmin.expect(found, 200)).get(0);
	}

	/** Sets the attribute on the client's full representation, as the admin console does; empty means the realm's. */
	private static void setLifespan(String seconds) {
		ObjectNode client = (ObjectNode) gatewayClient();
		client.withObjectProperty("attributes").put(LIFESPAN_ATTRIBUTE, seconds);
		PlatformClient admin = SecurityKeycloakAdmin.admin();
		SecurityKeycloakAdmin.expect(admin.send(admin.request("/clients/" + client.path("id").asString())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(client.toString()))), 204);
	}

	/** The browser flow of {@link BrowserFlowIT}: the gateway sends the browser to Keycloak's form and back. */
	private void signIn(String user) {
		String authorize = SecurityCookieBrowser.location(expectRedirect(browser.navigate(gateway + "/")));
		String keycloakAuth = SecurityCookieBrowser.location(expectRedirect(browser.navigate(authorize)));
		HttpResponse<String> form = browser.navigate(keycloakAuth);
		assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
		HttpResponse<String> submitted = browser.submit(formAction(form), credentials(user, user + "-demo"), Map.of());
		String callback = SecurityCookieBrowser.location(expectRedirect(submitted));
		expectRedirect(browser.navigate(callback));
		assertThat(browser.has("SESSION")).as("gateway session cookie").isTrue();
	}

	/** Posts the logout with the session's CSRF token; returns Keycloak's end-session URL. */
	private String signOut() {
		HttpResponse<String> csrf = browser.fetchJson(gateway + "/dashboard/csrf");
		assertThat(csrf.statusCode()).as(csrf.body()).isEqualTo(200);
		JsonNode header = PlatformClient.json(csrf);
		HttpResponse<String> logout = browser.submit(gateway + "/logout", "",
				Map.of(header.path("headerName").asString(), header.path("token").asString()));
		String endSession = SecurityCookieBrowser.location(expectRedirect(logout));
		browser.navigate(endSession);
		return endSession;
	}

	private static String idTokenHint(String endSession) {
		for (String parameter : URI.create(endSession).getRawQuery().split("&")) {
			if (parameter.startsWith("id_token_hint=")) {
				return parameter.substring("id_token_hint=".length());
			}
		}
		throw new AssertionError("No id_token_hint in " + endSession);
	}

}
