package org.refinery.gateway.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's one page, at {@code /}, naming this build's asset path (DashboardAssets) in its
 * links and its session's CSRF token in a {@code meta} element, so that a page load does not ask
 * for the token separately. The template is read once at start; Spring Security's headers keep
 * the page out of every cache, so a reload always learns the current build and token.
 */
@Configuration
class DashboardPage {

	static final String TEMPLATE = "dashboard/index.html";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	@Bean
	RouterFunction<ServerResponse> dashboardPageRoute(DashboardAssets assets) {
		String page = read(TEMPLATE).replace("{assets}", assets.path());
		String withoutToken = page.replace("{csrf-header}", "").replace("{csrf-token}", "");
		return RouterFunctions.route()
			.GET("/", request -> DashboardCsrf.of(request.exchange())
				.map(token -> page.replace("{csrf-header}", HtmlUtils.htmlEscape(token.getHeaderName()))
					.replace("{csrf-token}", HtmlUtils.htmlEscape(token.getToken())))
				.defaultIfEmpty(withoutToken)
				.flatMap(html -> ServerResponse.ok().contentType(HTML).bodyValue(html)))
			.build();
	}

	private static String read(String template) {
		try (var in = new ClassPathResource(template).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
