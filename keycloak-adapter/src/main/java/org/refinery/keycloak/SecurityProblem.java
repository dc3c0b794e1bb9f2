package org.refinery.keycloak;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;

import java.nio.charset.StandardCharsets;

/**
 * A refusal by the security layer as an RFC 9457 problem ({@code application/problem+json}) plus
 * its RFC 6750 {@code WWW-Authenticate} challenge. Shared by the servlet and reactive entry
 * points so that every app refuses alike; written without a JSON library because the adapter
 * must not choose one for its apps.
 *
 * @param status the HTTP status
 * @param title the status's reason phrase (the type is {@code about:blank})
 * @param detail what the caller needs to do
 * @param instance the request path
 * @param reason why the token was refused, when Spring Security says (e.g. "Jwt expired at …")
 * @param challenge the {@code WWW-Authenticate} header value
 */
public record SecurityProblem(int status, String title, String detail, String instance, @Nullable String reason,
		String challenge) {

	/** The media type of the body. */
	public static final String MEDIA_TYPE = "application/problem+json";

	static final String UNAUTHENTICATED = "A valid bearer token from the Keycloak realm is required";

	static final String FORBIDDEN = "You lack the role or membership this needs";

	static final String MALFORMED = "The Authorization header does not carry a well-formed bearer token";

	/** No token, or one that failed validation: 401 (400 for a malformed header). */
	public static SecurityProblem unauthenticated(AuthenticationException exception, String realm, String instance) {
		OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
		HttpStatus status = error instanceof BearerTokenError bearer ? bearer.getHttpStatus() : HttpStatus.UNAUTHORIZED;
		String detail = status == HttpStatus.BAD_REQUEST ? MALFORMED : UNAUTHENTICATED;
		String reason = error != null ? error.getDescription() : null;
		return new SecurityProblem(status.value(), status.getReasonPhrase(), detail, instance, reason,
				challenge(realm, error));
	}

	/** A valid token that does not grant what the request needs: 403. */
	public static SecurityProblem forbidden(String realm, String instance) {
		var error = new OAuth2Error("insufficient_scope",
				"The request requires higher privileges than provided by the access token.", null);
		return new SecurityProblem(403, HttpStatus.FORBIDDEN.getReasonPhrase(), FORBIDDEN, instance, null,
				challenge(realm, error));
	}

	/** The problem document, UTF-8. */
	public byte[] toJson() {
		var json = new StringBuilder("{\"type\":\"about:blank\",\"title\":").append(quote(title))
			.append(",\"status\":").append(status)
			.append(",\"detail\":").append(quote(detail))
			.append(",\"instance\":").append(quote(instance));
		if (reason != null && !reason.isBlank()) {
			json.append(",\"reason\":").append(quote(reason));
		}
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String challenge(String realm, @Nullable OAuth2Error error) {
		var header = new StringBuilder("Bearer realm=\"").append(realm).append('"');
		if (error != null) {
			header.append(", error=\"").append(error.getErrorCode()).append('"');
			if (error.getDescription() != null) {
				header.append(", error_description=\"").append(error.getDescription().replace("\"", "'")).append('"');
			}
		}
		return header.toString();
	}

	private static String quote(String text) {
		var quoted = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return quoted.append('"').toString();
	}

}
