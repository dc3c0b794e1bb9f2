package org.refinery.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses query parameters that carry control characters ({@code ?team=%00}) before any handler
 * binds them: the same text rule as in bodies, answered with the parameter named. Runs after the
 * security filters, so an anonymous caller still learns only that a token is needed.
 */
class QueryTextFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	QueryTextFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getQueryString() != null) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (ControlCharacters.present(parameter.getKey()) || ControlCharacters.present(value)) {
						refuse(response, InputError.query(parameter.getKey(), value, ControlCharacters.RULE));
						return;
					}
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, InputError error) throws IOException {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(),
				Problems.invalid(HttpStatus.BAD_REQUEST, List.of(error)));
	}

}
