package org.refinery.gateway.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.gateway.GatewayDatabase;
import org.refinery.keycloak.test.KeycloakTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard behind SSO: its page and scripts need a session, its CSRF token is handed out,
 * and a session's event stream passes the gateway untouched by the backlog route's time limiter
 * (set to one second here, shorter than the stream).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "resilience4j.timelimiter.instances.backlog.timeout-duration=1s")
class DashboardAccessIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static HttpServer backlog;

	@BeforeAll
	static void startBacklogStandInThatStreamsForTwoSeconds() throws IOException {
		backlog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		backlog.createContext("/api/backlog/refinement-sessions", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write("event:connected\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
				body.flush();
				Thread.sleep(2_000);
				body.write("event:session-closed\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		backlog.start();
	}

	@AfterAll
	static void stopBacklogStandIn() {
		backlog.stop(0);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		GatewayDatabase.wiring(registry);
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
		registry.add("refinery.services.backlog", () -> "http://127.0.0.1:" + backlog.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	@Test
	void the_dashboard_page_needs_a_session_while_its_scripts_styles_and_the_chart_webjar_are_public() {
		var page = http().get().uri("/").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
		var script = http().get().uri(assets() + "/js/app.js").accept(MediaType.ALL).retrieve().toEntity(String.class);
		var unversioned = http().get().uri("/js/app.js").accept(MediaType.ALL).retrieve().toEntity(String.class);
		var styles = http().get().uri("/css/dashboard.css").accept(MediaType.ALL).retrieve().toEntity(String.class);
		var charts = http().get().uri("/webjars/echarts/5.3.1/dist/echarts.esm.min.js").retrieve().toEntity(String.class);

		assertThat(page.getStatusCode().value()).isEqualTo(302);
		assertThat(page.getHeaders().getLocation()).hasPath("/oauth2/authorization/keycloak");
		assertThat(script.getStatusCode().value()).isEqualTo(200);
		assertThat(script.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(GatewaySecurity.CONTENT_SECURITY_POLICY);
		assertThat(script.getHeaders().getFirst("Set-Cookie")).as("no session started or read").isNull();
		assertThat(unversioned.getStatusCode().value()).isEqualTo(200);
		assertThat(styles.getStatusCode().value()).isEqualTo(200);
		assertThat(charts.getStatusCode().value()).isEqualTo(200);
		assertThat(http().get().uri("/api/backlog/products").retrieve().toEntity(String.class).getStatusCode().value())
			.as("the API still needs a session or a token").isEqualTo(401);
	}

	@Test
	void a_signed_in_caller_gets_the_dashboard_and_the_csrf_header_to_send_on_writes() {
		String token = "Bearer " + tokens.paul().audience("refinery-api").mint();

		var page = http().get().uri("/").header(HttpHeaders.AUTHORIZATION, token).accept(MediaType.TEXT_HTML)
			.retrieve().toEntity(String.class);
		var csrf = http().get().uri("/dashboard/csrf").header(HttpHeaders.AUTHORIZATION, token)
			.retrieve().toEntity(String.class);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).containsPattern("<script type=\"module\" src=\"/assets/[0-9a-f]{12}/js/app.js\">")
			.containsPattern("<link rel=\"stylesheet\" href=\"/assets/[0-9a-f]{12}/css/dashboard.css\">");
		assertThat(page.getHeaders().getCacheControl()).as("the page always names the current build").contains("no-store");
		assertThat(csrf.getStatusCode().value()).isEqualTo(200);
		assertThat(csrf.getHeaders().getCacheControl()).contains("no-store");
		assertThat(csrf.getBody()).contains("\"headerName\":\"X-XSRF-TOKEN\"").containsPattern("\"token\":\"[^\"]{20,}\"");
	}

	@Test
	void the_dashboards_modules_are_kept_for_a_year_under_their_builds_hash_and_sent_compressed() throws Exception {
		String assets = assets();

		var script = raw(assets + "/js/app.js", "Accept-Encoding", "gzip");
		var imported = raw(assets + "/js/pages/portfolio.js");
		var otherBuild = raw("/assets/000000000000/js/app.js");
		var charts = raw("/webjars/echarts/5.3.1/dist/echarts.esm.min.js", "Accept-Encoding", "gzip");

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(imported.statusCode()).as("relative imports stay under the hash").isEqualTo(200);
		assertThat(otherBuild.statusCode()).as("never another build's file under this hash").isEqualTo(404);
		assertThat(charts.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(charts.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(charts.body()).hasSizeLessThan(500_000);
	}

	@Test
	void the_unversioned_modules_are_revalidated_on_each_use() throws Exception {
		var script = raw("/js/app.js");
		var again = raw("/js/app.js", "If-Modified-Since", script.headers().firstValue("Last-Modified").orElseThrow());

		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	/** This build's asset path, as the signed-in page names it. */
	private String assets() {
		String token = "Bearer " + tokens.paul().audience("refinery-api").mint();
		String page = http().get().uri("/").header(HttpHeaders.AUTHORIZATION, token).accept(MediaType.TEXT_HTML)
			.retrieve().toEntity(String.class).getBody();
		var matcher = Pattern.compile("src=\"(/assets/[0-9a-f]{12})/js/app.js\"").matcher(page);
		assertThat(matcher.find()).as("the page names its asset path").isTrue();
		return matcher.group(1);
	}

	/** What the browser receives, compressed bodies left as they are (Spring's clients decompress them). */
	private HttpResponse<byte[]> raw(String path, String... headers) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		var request = (headers.length == 0 ? builder : builder.headers(headers)).build();
		try (var client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	@Test
	void a_session_event_stream_outlives_the_time_limiter_of_api_calls() {
		String token = "Bearer " + tokens.paul().audience("refinery-api").mint();

		var stream = http().get().uri("/api/backlog/refinement-sessions/5b0e7f4e-8d0c-4d47-9a55-0d3a3f1c2b11/events")
			.header(HttpHeaders.AUTHORIZATION, token).accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve().toEntity(String.class);

		assertThat(stream.getStatusCode().value()).isEqualTo(200);
		assertThat(stream.getBody()).contains("event:connected").contains("event:session-closed");
	}

	RestClient http() {
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(client))
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

}
