package org.refinery.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.engines.TestEngines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway replicas (two application contexts) on one database, as behind a load balancer that
 * sends each request wherever it likes: a browser signs in and works through both, and a caller
 * spends from one rate-limit budget on both. A stand-in realm answers the login's token request.
 */
class TwoReplicasIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	/** The public origin both replicas serve, as the ingress tells them with X-Forwarded-Host. */
	static final String ORIGIN_HOST = "refinery.example";

	static final String PROBE_CLIENT = "replica-probe";

	static final AtomicReference<String> loginNonce = new AtomicReference<>();

	static final BlockingQueue<String> relayedAuthorizations = new LinkedBlockingQueue<>();

	static HttpServer realm;

	static HttpServer backlog;

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext two;

	static String accessToken;

	@BeforeAll
	static void startTwoReplicas() throws IOException {
		realm = startRealmStandIn();
		backlog = startBacklogStandIn();
		one = startReplica();
		two = startReplica();
	}

	@AfterAll
	static void stop() {
		for (var context : new ConfigurableApplicationContext[] { one, two }) {
			if (context != null) {
				context.close();
			}
		}
		realm.stop(0);
		backlog.stop(0);
	}

	@Test
	void aBrowserSignedInThroughBothReplicasKeepsItsSessionCsrfTokenAndTokensOnEither() throws Exception {
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER).build();

		var page = send(browser, get(one, "/?page=backlog").header(HttpHeaders.ACCEPT, "text/html"));
		var authorize = send(browser, get(two, "/oauth2/authorization/keycloak"));
		URI realmLogin = URI.create(authorize.headers().firstValue(HttpHeaders.LOCATION).orElseThrow());
		loginNonce.set(parameter(realmLogin, "nonce"));
		var callback = send(browser, get(one, "/login/oauth2/code/keycloak?code=one-time-code&state="
				+ parameter(realmLogin, "state")));
		var csrf = send(browser, get(one, "/dashboard/csrf"));
		String headerName = field(csrf.body(), "headerName");
		relayedAuthorizations.clear();
		var write = send(browser, request(two, "/api/backlog/products").header(headerName, field(csrf.body(), "token"))
			.header(HttpHeaders.CONTENT_TYPE, "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"PAY\"}")));

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(realmLogin.getPath()).endsWith("/protocol/openid-connect/auth");
		assertThat(callback.statusCode()).as("the login callback on the other replica").isEqualTo(302);
		assertThat(callback.headers().firstValue(HttpHeaders.LOCATION).orElseThrow())
			.as("back to the page saved before the login").isEqualTo("/?page=backlog");
		assertThat(csrf.statusCode()).isEqualTo(200);
		assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
		assertThat(relayedAuthorizations.poll(5, TimeUnit.SECONDS)).isEqualTo("Bearer " + accessToken);
	}

	@Test
	void bothReplicasSpendFromOneRateLimitBudget() {
		String token = tokens.forUser("riley").issuer(realmIssuer()).realmRoles("team-member").claim("azp", PROBE_CLIENT)
			.mint();
		var http = HttpClient.newHttpClient();

		// Twelve calls at once, six through each replica, reach the limiters far within the one second a
		// token takes to come back; replicas with a budget each would serve all twelve.
		List<Integer> statuses;
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			var calls = IntStream.range(0, 12)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> send(http, request(i % 2 == 0 ? one : two,
						"/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).GET()).statusCode(),
						threads))
				.toList();
			statuses = calls.stream().map(CompletableFuture::join).toList();
		}

		assertThat(statuses.stream().filter(status -> status == 200).count()).as(statuses.toString()).isBetween(6L, 7L);
		assertThat(statuses).containsOnly(200, 429);
	}

	private static ConfigurableApplicationContext startReplica() {
		var postgres = TestEngines.postgres();
		return new SpringApplicationBuilder(GatewayApplication.class).run("--server.port=0",
				"--management.server.port=0",
				"--spring.datasource.url=" + postgres.database("gateway"),
				"--spring.datasource.username=" + postgres.username(),
				"--spring.datasource.password=" + postgres.password(),
				"--spring.datasource.hikari.connection-timeout=2000",
				"--refinery.security.issuer-uri=" + realmIssuer(),
				"--refinery.services.backlog=http://127.0.0.1:" + backlog.getAddress().getPort(),
				"--refinery.gateway.rate-limit.clients." + PROBE_CLIENT + ".requests-per-second=1",
				"--refinery.gateway.rate-limit.clients." + PROBE_CLIENT + ".burst=6");
	}

	private static HttpRequest.Builder get(ConfigurableApplicationContext replica, String path) {
		return request(replica, path).GET();
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext replica, String path) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-Host", ORIGIN_HOST);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String parameter(URI uri, String name) {
		Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
		assertThat(value.find()).as(name + " in " + uri).isTrue();
		return java.net.URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
	}

	private static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
		assertThat(value.find()).as(name + " in " + json).isTrue();
		return value.group(1);
	}

	private static String realmIssuer() {
		return "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/" + KeycloakTokens.REALM;
	}

	/** The realm's key set and a token endpoint that signs Rita in with the nonce of the pending login. */
	private static HttpServer startRealmStandIn() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String oidc = "/realms/" + KeycloakTokens.REALM + "/protocol/openid-connect";
		String keys = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(tokens.jwkSetUri()).build(),
				HttpResponse.BodyHandlers.ofString()).join().body();
		server.createContext(oidc + "/certs", exchange -> respond(exchange, 200, keys));
		server.createContext(oidc + "/token", exchange -> {
			exchange.getRequestBody().readAllBytes();
			String issuer = realmIssuer();
			accessToken = tokens.forUser("rita").issuer(issuer).realmRoles("team-member").mint();
			String idToken = tokens.forUser("rita").issuer(issuer).audience("refinery-gateway")
				.claim("azp", "refinery-gateway").claim("nonce", loginNonce.get()).mint();
			respond(exchange, 200, """
					{"access_token":"%s","id_token":"%s","refresh_token":"refresh-of-rita","token_type":"Bearer",\
					"expires_in":300,"scope":"openid profile email"}""".formatted(accessToken, idToken));
		});
		server.start();
		return server;
	}

	private static HttpServer startBacklogStandIn() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/api/backlog/products", exchange -> {
			exchange.getRequestBody().readAllBytes();
			String authorization = exchange.getRequestHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			relayedAuthorizations.add(authorization == null ? "<none>" : authorization);
			boolean write = "POST".equals(exchange.getRequestMethod());
			respond(exchange, write ? 201 : 200, write ? "{\"key\":\"PAY\"}" : "{\"content\":[]}");
		});
		server.start();
		return server;
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set(HttpHeaders.CONTENT_TYPE, "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
