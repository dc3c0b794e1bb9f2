package org.refinery.system.benchmark;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.devstack.ports.Port;
import org.refinery.devstack.services.RefineryService;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;

/**
 * Grant to effect (docs/benchmarks.md, issue 17): paul grants tess a team membership of a new
 * product 100 times (revoking it between grants) through the gateway; each grant is timed from its
 * 2xx, and from the backlog's commit of the new membership version, to the commit of that version
 * in each service's copy ({@code product_membership}, timed by {@code pg_xact_commit_timestamp},
 * so how often it is polled does not count). From that commit the service's next request sees the
 * grant: the caller's memberships are read for every request. Opt-in:
 * {@code -Dit.test='GrantPropagationBenchmark,PlatformShutdownIT' -Dbenchmark=true}. Ordered with
 * {@code MembershipPropagationIT}: paul's new product stays on the shared platform.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@Order(Order.DEFAULT + 30)
class GrantPropagationBenchmark {

	static final int GRANTS = Integer.getInteger("benchmark.grants", 100);

	static final List<RefineryService> COPIES = List.of(RefineryService.DEPENDENCY, RefineryService.ALIGNMENT,
			RefineryService.FORECAST);

	private final PlatformClient paul = SharedPlatform.as("paul");

	private final PlatformClient tess = SharedPlatform.as("tess");

	@Test
	void everyServiceHonoursAGrantSoonAfterItsAnswer() throws Exception {
		String load = Files.readString(Path.of("/proc/loadavg")).strip();
		String product = "GP" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
		String team = product + "-CORE";
		created(paul.post("/api/backlog/products", """
				{"key":"%s","name":"Grants","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"%s"}""".formatted(product, LocalDate.now())));
		created(paul.post("/api/backlog/products/" + product + "/teams",
				"{\"key\":\"%s\",\"name\":\"Core\",\"workMode\":\"SCRUM\"}".formatted(team)));
		Map<String, Latencies> fromAnswer = new LinkedHashMap<>();
		Map<String, Latencies> fromCommit = new LinkedHashMap<>();
		Map<RefineryService, Versions> copies = new LinkedHashMap<>();
		try (var backlog = new Versions(RefineryService.BACKLOG, "select m.version, "
				+ "(extract(epoch from pg_xact_commit_timestamp(m.xmin)) * 1000000)::bigint from product_membership m "
				+ "join product p on p.id = m.product_id where p.key = ?")) {
			for (RefineryService service : COPIES) {
				copies.put(service, new Versions(service, "select version, (extract(epoch from "
						+ "pg_xact_commit_timestamp(xmin)) * 1000000)::bigint from product_membership where product_key = ?"));
				fromAnswer.put(service.module(), new Latencies());
				fromCommit.put(service.module(), new Latencies());
			}
			long version = backlog.awaitNewer(product, 0)[0];
			for (int grant = 0; grant < GRANTS; grant++) {
				ok(paul.send(paul.request("/api/backlog/products/" + product + "/members/tess")
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(
							"{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s\"}]}".formatted(team)))));
				long answered = micros(Instant.now());
				long[] committed = backlog.awaitNewer(product, version);
				for (var copy : copies.entrySet()) {
					long effect = copy.getValue().awaitNewer(product, committed[0] - 1)[1];
					fromAnswer.get(copy.getKey().module()).add(effect - answered);
					fromCommit.get(copy.getKey().module()).add(effect - committed[1]);
				}
				if (grant == 0) {
					assertThat(tess.get("/api/forecasts/products/" + product + "/calibration").statusCode())
						.as("the grant counts from the next request").isEqualTo(200);
				}
				assertThat(paul.delete("/api/backlog/products/" + product + "/members/tess").statusCode()).isEqualTo(204);
				version = backlog.awaitNewer(product, committed[0])[0];
				for (Versions copy : copies.values()) {
					copy.awaitNewer(product, version - 1);
				}
			}
		}
		finally {
			for (Versions copy : copies.values()) {
				copy.close();
			}
		}
		var report = new StringBuilder("Grant to effect, %d grants, load average before: %s%n".formatted(GRANTS, load));
		report.append("| service | 2xx → effect p50 | p99 | backlog commit → effect p50 | p99 |\n|---|---|---|---|---|\n");
		fromAnswer.forEach((service, latencies) -> report.append("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n"
			.formatted(service, latencies.percentileMillis(50), latencies.percentileMillis(99),
					fromCommit.get(service).percentileMillis(50), fromCommit.get(service).percentileMillis(99))));
		report.append("load average after: %s%n".formatted(Files.readString(Path.of("/proc/loadavg")).strip()));
		System.out.println(report);
		Files.writeString(Path.of("target", "grant-propagation.md"), report);
		fromAnswer.values().forEach(latencies -> assertThat(latencies.count()).isEqualTo(GRANTS));
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	/** A product's membership version in one service's database and when it was committed. */
	private static final class Versions implements AutoCloseable {

		private static final Duration PATIENCE = Duration.ofSeconds(30);

		private final Connection connection;

		private final PreparedStatement query;

		private final String service;

		Versions(RefineryService service, String sql) throws SQLException {
			var account = service.database();
			int port = SharedPlatform.stack().settings().ports().of(Port.POSTGRES);
			this.service = service.module();
			this.connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + account.name(),
					account.name(), account.password());
			this.query = connection.prepareStatement(sql);
		}

		/** Waits for a version above {@code version}: {version, commit time in µs since the epoch}. */
		long[] awaitNewer(String product, long version) throws SQLException, InterruptedException {
			Instant deadline = Instant.now().plus(PATIENCE);
			while (Instant.now().isBefore(deadline)) {
				query.setString(1, product);
				try (var row = query.executeQuery()) {
					if (row.next() && row.getLong(1) > version) {
						return new long[] { row.getLong(1), row.getLong(2) };
					}
				}
				Thread.sleep(2);
			}
			throw new AssertionError(service + " did not reach a membership version above " + version + " of "
					+ product + " within " + PATIENCE);
		}

		@Override
		public void close() throws SQLException {
			connection.close();
		}

	}

}
