package org.refinery.backlog.benchmark;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of a 50,000-row Jira CSV over HTTP on real PostgreSQL and Kafka: a preview, the
 * apply (every item created with its history, readiness and outbox event), and the same file
 * again (every row unchanged). One epic per 50 rows with 49 stories under it, 300-character
 * descriptions with a quoted line break, two teams, estimates, repeated Sprint and Labels
 * columns. Prints time, rows per second and the live heap (after a full collection) before,
 * while the apply runs and after. Run with {@code ./mvnw -B -ntp -o -pl backlog-service -am verify
 * -Pbenchmark -Dit.test=ImportBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.failIfNoSpecifiedTests=false}; results go to standard output (lines starting BENCH).
 */
@ServiceTest
class ImportBenchmark {

	static final int ROWS = 50_000;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newHttpClient();

	String token;

	@Test
	void measure() throws Exception {
		var http = ServiceClient.onPort(port);
		token = KeycloakTokens.shared().paul().mint();
		String product = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", token, """
				{"key":"%s","name":"Import","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (String team : new String[] { "CHECKOUT", "LEDGER" }) {
			http.post("/api/backlog/products/" + product + "/teams", token,
					"{\"key\":\"%s-%s\",\"name\":\"%s\",\"workMode\":\"SCRUM\"}".formatted(product, team, team));
		}
		byte[] file = csv(product);
		System.out.printf("BENCH import file: %d rows, %.1f MB%n", ROWS, file.length / 1e6);
		run(product, file, "preview", "&dryRun=true");
		run(product, file, "apply", "");
		run(product, file, "re-import", "");
	}

	private void run(String product, byte[] file, String what, String query) throws Exception {
		var heap = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = heap.getHeapMemoryUsage().getUsed();
		long start = System.nanoTime();
		HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/backlog/products/" + product + "/imports?format=jira-csv" + query))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(file))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		long midway = 0;
		JsonNode job;
		do {
			Thread.sleep(500);
			job = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location
					+ "?size=1")).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString()).body());
			if (midway == 0 && job.path("counts").path("rows").asLong() > ROWS / 2) {
				System.gc();
				midway = heap.getHeapMemoryUsage().getUsed();
			}
		}
		while (job.path("status").asString().equals("RUNNING"));
		long nanos = System.nanoTime() - start;
		System.gc();
		long after = heap.getHeapMemoryUsage().getUsed();
		System.out.printf("BENCH import %s of %d rows: %s in %.1f s, %.0f rows/s, counts %s, live heap before %d MB, "
				+ "midway %d MB, after %d MB%n", what, ROWS, job.path("status").asString(), nanos / 1e9,
				ROWS / (nanos / 1e9), job.path("counts"), before >> 20, midway >> 20, after >> 20);
	}

	private static byte[] csv(String product) {
		StringBuilder csv = new StringBuilder("Summary,Issue key,Issue id,Issue Type,Status,Sprint,Sprint,Labels,Labels,"
				+ "Description,Parent,Custom field (Story Points),Custom field (Team)\r\n");
		String[] statuses = { "To Do", "Selected for Development", "In Progress", "Done" };
		for (int n = 1; n <= ROWS; n++) {
			boolean epic = n % 50 == 1;
			int parent = (n - 1) / 50 * 50 + 1;
			csv.append("\"Item ").append(n).append(": pay, \"\"then\"\" ship\",B-").append(n).append(',')
				.append(10_000 + n).append(',').append(epic ? "Epic" : "Story").append(',')
				.append(statuses[n % statuses.length]).append(",Sprint ").append(n % 7).append(",,payments,web,\"")
				.append("Why it matters, ").append(n).append(".\r\n").append("Because ".repeat(35)).append("\",")
				.append(epic ? "" : Integer.toString(10_000 + parent)).append(',').append(epic ? "" : n % 13)
				.append(',').append(product).append(n % 2 == 0 ? "-CHECKOUT" : "-LEDGER").append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
