package org.refinery.keycloak.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two realm endpoints a resource server reads, on 127.0.0.1 and a free port: the JWKS and
 * the OpenID discovery document. Its threads are daemons, so a forgotten server never keeps a
 * test JVM alive.
 */
final class RealmEndpoints {

	private final HttpServer server;

	private final AtomicInteger jwksRequests = new AtomicInteger();

	private final URI issuer;

	RealmEndpoints(String realm, String jwksJson) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open a loopback port for the test realm", ex);
		}
		issuer = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm);
		String oidc = issuer + "/protocol/openid-connect";
		server.createContext("/realms/" + realm + "/protocol/openid-connect/certs", exchange -> {
			jwksRequests.incrementAndGet();
			respond(exchange, jwksJson);
		});
		server.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> respond(exchange,
				"""
						{"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",\
						"userinfo_endpoint":"%2$s/userinfo","end_session_endpoint":"%2$s/logout",\
						"device_authorization_endpoint":"%2$s/auth/device","jwks_uri":"%2$s/certs",\
						"grant_types_supported":["authorization_code","refresh_token","password",\
						"urn:ietf:params:oauth:grant-type:device_code"],"response_types_supported":["code"],\
						"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],\
						"code_challenge_methods_supported":["S256"]}"""
					.formatted(issuer, oidc)));
		Thread starter = Thread.ofPlatform().daemon().unstarted(server::start);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the test realm", ex);
		}
	}

	URI issuer() {
		return issuer;
	}

	int jwksRequests() {
		return jwksRequests.get();
	}

	void stop() {
		server.stop(0);
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
