package org.refinery.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.KeycloakLoginForm.credentials;
import static org.refinery.system.KeycloakLoginForm.expectRedirect;
import static org.refinery.system.KeycloakLoginForm.formAction;

/**
 * The browser sign-in against the real Keycloak, as scripted HTTP: the gateway sends an anonymous
 * navigation to Keycloak (authorization code with PKCE), the login form is filled in, the gateway
 * exchanges the code and keeps the tokens in its session, an API call with only the session
 * cookie is relayed with the user's token, and logging out ends both the gateway session and the
 * Keycloak session.
 */
class BrowserFlowIT {

	private final SecurityCookieBrowser browser = new SecurityCookieBrowser();

	private final String gateway = SharedPlatform.stack().gatewayUrl();

	@Test
	void a_user_signs_in_through_the_login_form_calls_the_api_with_the_session_cookie_and_signs_out() {
		String authorize = SecurityCookieBrowser.location(expectRedirect(browser.navigate(gateway + "/")));
		assertThat(authorize).startsWith(gateway + "/oauth2/authorization/");
		String keycloakAuth = SecurityCookieBrowser.location(expectRedirect(browser.navigate(authorize)));
		assertThat(keycloakAuth).startsWith(SharedPlatform.stack().issuer() + "/protocol/openid-connect/auth")
			.contains("response_type=code", "client_id=refinery-gateway", "code_challenge_method=S256", "state=");

		String callback = signIn(keycloakAuth, "paul");
		assertThat(callback).startsWith(gateway + "/login/oauth2/code/").contains("code=", "state=");
		HttpResponse<String> exchanged = expectRedirect(browser.navigate(callback));
		assertThat(SecurityCookieBrowser.location(exchanged)).startsWith(gateway + "/");
		assertThat(browser.has("SESSION")).as("gateway session cookie").isTrue();

		HttpResponse<String> products = browser.fetchJson(gateway + "/api/backlog/products");
		assertThat(products.statusCode()).as(products.body()).isEqualTo(200);
		assertThat(PlatformClient.json(products).path("content").toString()).contains("\"PAY\"", "\"SHOP\"");

		String endSession = signOut();
		assertThat(endSession).startsWith(SharedPlatform.stack().issuer() + "/protocol/openid-connect/logout")
			.contains("id_token_hint=");
		HttpResponse<String> loggedOut = browser.navigate(endSession);
		assertThat(loggedOut.statusCode()).as(loggedOut.body()).isIn(200, 302);

		HttpResponse<String> afterLogout = browser.fetchJson(gateway + "/api/backlog/products");
		SecurityProblems.problem(afterLogout, 401);
		HttpResponse<String> keycloakAgain = browser.navigate(keycloakAuth);
		assertThat(keycloakAgain.statusCode()).as("Keycloak's SSO session ended, so it asks again").isEqualTo(200);
		assertThat(keycloakAgain.body()).contains("login-actions/authenticate");
	}

	@Test
	void a_wrong_password_in_the_login_form_gives_no_code_and_no_api_access() {
		String authorize = SecurityCookieBrowser.location(browser.navigate(gateway + "/"));
		String keycloakAuth = SecurityCookieBrowser.location(browser.navigate(authorize));
		HttpResponse<String> form = browser.navigate(keycloakAuth);

		HttpResponse<String> refused = browser.submit(formAction(form), credentials("nobody-of-the-realm", "not-a-password"), Map.of());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.headers().firstValue("Location")).isEmpty();
		assertThat(refused.body()).containsIgnoringCase("invalid");
		SecurityProblems.problem(browser.fetchJson(gateway + "/api/backlog/products"), 401);
	}

	/** Fills in Keycloak's login form; returns where Keycloak sends the browser back with the code. */
	private String signIn(String keycloakAuth, String user) {
		HttpResponse<String> form = browser.navigate(keycloakAuth);
		assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
		HttpResponse<String> submitted = browser.submit(formAction(form), credentials(user, user + "-demo"), Map.of());
		return SecurityCookieBrowser.location(expectRedirect(submitted));
	}

	/** Posts the logout with the session's CSRF token; returns Keycloak's end-session URL. */
	private String signOut() {
		HttpResponse<String> csrf = browser.fetchJson(gateway + "/dashboard/csrf");
		assertThat(csrf.statusCode()).as(csrf.body()).isEqualTo(200);
		JsonNode header = PlatformClient.json(csrf);
		HttpResponse<String> logout = browser.submit(gateway + "/logout", "",
				Map.of(header.path("headerName").asString(), header.path("token").asString()));
		return SecurityCookieBrowser.location(expectRedirect(logout));
	}

}
