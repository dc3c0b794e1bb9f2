package org.refinery.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a scripted browser needs of Keycloak's login page and of the redirects around it. */
final class KeycloakLoginForm {

	private static final Pattern LOGIN_FORM = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

	private KeycloakLoginForm() {
	}

	/** Where the login form posts to. */
	static String formAction(HttpResponse<String> form) {
		Matcher action = LOGIN_FORM.matcher(form.body());
		assertThat(action.find()).as("Keycloak's login form in %s", form.body()).isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	static String credentials(String user, String password) {
		return "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
	}

	static HttpResponse<String> expectRedirect(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(), response.request().uri(),
				response.body()).isIn(302, 303);
		return response;
	}

}
