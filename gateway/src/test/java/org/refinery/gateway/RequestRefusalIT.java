package org.refinery.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the gateway refuses before any route or service sees them: each answered with a problem
 * naming the part at fault, never with the empty body Netty or the security firewall would send.
 * The malformed ones are written on a raw socket, because HTTP clients refuse to send them.
 */
class RequestRefusalIT extends GatewayStandIn {

	@Test
	void aNulCharacterInThePathIsRefusedWith400ProblemThatShowsItEscaped() {
		Raw response = send("GET /api/backlog/a%00b HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Connection: close\r\n\r\n");

		JsonNode error = response.problem(400).path("errors").path(0);
		assertThat(error.path("pointer").asString()).isEqualTo("#/path");
		assertThat(error.path("value").asString()).isEqualTo("/api/backlog/a\\u0000b");
		assertThat(error.path("rule").asString()).contains("must not contain control characters");
		assertThat(response.body()).doesNotContain("\u0000");
	}

	@Test
	void aNulCharacterInAQueryParameterIsRefusedWith400ProblemNamingTheParameter() {
		Raw response = send("GET /api/backlog/products?team=PAY%00%0AX HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");

		JsonNode error = response.problem(400).path("errors").path(0);
		assertThat(error.path("pointer").asString()).isEqualTo("#/query/team");
		assertThat(error.path("value").asString()).isEqualTo("PAY\\u0000\\u000aX");
		assertThat(error.path("rule").asString()).contains("only newline and tab are allowed");
	}

	@Test
	void aNewlineInAQueryParameterIsLeftToTheServiceWhereTextMayHoldOne() {
		Raw response = send("GET /api/backlog/products?q=two%0Alines HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(response.status()).as(response.body()).isEqualTo(401);
	}

	@Test
	void aPathOfFiveThousandCharactersIsRefusedWith414Problem() {
		String path = "/api/backlog/" + "a".repeat(5_000);

		var response = http().get().uri(path).accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		JsonNode problem = GatewayProblemIT.problem(response, 414);
		assertThat(problem.path("detail").asString()).contains("5013 characters").contains("at most 4096");
		assertThat(problem.path("instance").asString()).startsWith("/api/backlog/aaa").hasSizeLessThanOrEqualTo(80);
		JsonNode error = problem.path("errors").path(0);
		assertThat(error.path("pointer").asString()).isEqualTo("#/path");
		assertThat(error.path("value").asString()).startsWith("/api/backlog/aaa").endsWith("…").hasSize(80);
		assertThat(error.path("rule").asString()).isEqualTo("path and query together at most 4096 characters");
	}

	@Test
	void aRequestLineLongerThanNettyReadsAtAllIsStillAnswered414Problem() {
		Raw response = send("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

		assertThat(response.problem(414).path("type").asString())
			.isEqualTo("https://refinery.dev/problems/request-target-too-long");
	}

	@Test
	void headersOfMoreThanSixteenKilobytesAreRefusedWith431ProblemNamingTheLargest() {
		var response = http().get().uri("/api/backlog/products").header("X-Padding", "p".repeat(20_000))
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		JsonNode error = GatewayProblemIT.problem(response, 431).path("errors").path(0);
		assertThat(error.path("pointer").asString()).isEqualToIgnoringCase("#/header/X-Padding");
		assertThat(error.path("rule").asString()).isEqualTo("all headers together at most 16 KB");
	}

	@Test
	void aDeclaredBodyLargerThanTenMegabytesIsRefusedWith413ProblemBeforeItIsSent() {
		Raw response = send("POST /api/backlog/products HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 20000000\r\nConnection: close\r\n\r\n");

		JsonNode error = response.problem(413).path("errors").path(0);
		assertThat(error.path("pointer").asString()).isEqualTo("#/header/Content-Length");
		assertThat(error.path("value").asString()).isEqualTo("20000000");
	}

	@Test
	void aTargetThatIsNoUriIsRefusedWith400Problem() {
		Raw response = send("GET /api/backlog/a|b{c} HTTP/1.1\r\nHost: localhost\r\n\r\n");

		JsonNode problem = response.problem(400);
		assertThat(problem.path("instance").asString()).isEqualTo("/api/backlog/a%7Cb%7Bc%7D");
	}

	@Test
	void aHeaderLineWithoutColonIsRefusedWith400ProblemAndTheConnectionClosed() {
		Raw response = send("GET /api/backlog/products HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n");

		assertThat(response.problem(400).path("title").asString()).isEqualTo("Malformed request");
		assertThat(response.header("connection")).isEqualToIgnoringCase("close");
	}

	@Test
	void aMalformedRequestAfterAnAnsweredOneOnTheSameConnectionIsStillAnsweredWithAProblem() throws IOException {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			var in = socket.getInputStream();
			socket.getOutputStream().write("GET /readyz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			var first = new StringBuilder();
			while (!(first.toString().contains("\r\n\r\n") && first.toString().endsWith("}")
					|| first.toString().endsWith("0\r\n\r\n"))) {
				first.append((char) in.read());
			}
			socket.getOutputStream().write("GET /a|b HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

			assertThat(first).startsWith("HTTP/1.1 200");
			Raw.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).problem(400);
		}
	}

	@Test
	void anEncodedSlashThatTheFirewallRejectsIsRefusedWith400ProblemInsteadOfAnEmptyBody() {
		Raw response = send("GET /api/backlog/a%2Fb HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ "Connection: close\r\n\r\n");

		JsonNode problem = response.problem(400);
		assertThat(problem.path("title").asString()).isEqualTo("Request rejected");
		assertThat(problem.path("errors").path(0).path("value").asString()).isEqualTo("/api/backlog/a%2Fb");
	}

	@Test
	void anOrdinaryApiCallStillPassesTheLimits() {
		ResponseEntity<String> response = http().get().uri("/api/backlog/products?team=PAY")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tess().mint()).retrieve().toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
	}

	/** Writes the request as is and reads the answer until the gateway closes the connection. */
	private Raw send(String request) {
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return Raw.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Raw(int status, String head, String body) {

		static Raw parse(String response) {
			int end = response.indexOf("\r\n\r\n");
			assertThat(end).as(response).isPositive();
			return new Raw(Integer.parseInt(response.substring(9, 12)), response.substring(0, end),
					response.substring(end + 4));
		}

		String header(String name) {
			return head.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse(null);
		}

		/** Asserts an RFC 9457 answer with this status and every member, and returns it. */
		JsonNode problem(int status) {
			assertThat(this.status).as(head + "\n\n" + body).isEqualTo(status);
			assertThat(header("content-type")).isEqualTo("application/problem+json");
			JsonNode problem = JsonMapper.shared().readTree(body);
			assertThat(problem.path("status").asInt()).isEqualTo(status);
			for (String member : new String[] { "type", "title", "detail", "instance" }) {
				assertThat(problem.path(member).asString()).as(member + " in " + body).isNotBlank();
			}
			return problem;
		}

	}

}
