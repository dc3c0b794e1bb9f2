package org.refinery.keycloak.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.refinery.keycloak.SecurityProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Answers 401 and 403 as {@code application/problem+json} with a {@code WWW-Authenticate: Bearer}
 * challenge. The body is written as bytes so the servlet container adds no charset parameter.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final String realm;

	ProblemEntryPoint(String realm) {
		this.realm = realm;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		write(response, SecurityProblem.unauthenticated(exception, realm, request.getRequestURI()));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, SecurityProblem.forbidden(realm, request.getRequestURI()));
	}

	private static void write(HttpServletResponse response, SecurityProblem problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		byte[] body = problem.toJson();
		response.setStatus(problem.status());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, problem.challenge());
		response.setContentType(SecurityProblem.MEDIA_TYPE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
