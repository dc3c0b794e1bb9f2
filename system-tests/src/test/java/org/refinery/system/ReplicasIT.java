package org.refinery.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.devstack.services.ServiceFleet.RATE_PROBE_BURST;
import static org.refinery.devstack.services.ServiceFleet.RATE_PROBE_CLIENT;
import static org.refinery.devstack.services.ServiceFleet.RATE_PROBE_PER_SECOND;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;
import static org.refinery.system.KeycloakLoginForm.credentials;
import static org.refinery.system.KeycloakLoginForm.expectRedirect;
import static org.refinery.system.KeycloakLoginForm.formAction;

/**
 * The platform with two replicas of every service and of the gateway: what one replica did, the
 * other knows. Each proof writes through one replica and reads through the other, by calling the
 * service replicas themselves (backlog-service-2, alignment-service-2) where the gateway's turn
 * could hide which replica answered.
 */
@Order(ReplicatedPlatform.ORDER)
@ExtendWith(ReplicatedPlatform.class)
class ReplicasIT {

	/** A notice between replicas arrives in milliseconds; this bounds a busy machine, not a cache's expiry. */
	private static final Duration FRESH = Duration.ofSeconds(10);

	/** Rate-limited calls, far more than one burst and a few seconds' refill of the probe client. */
	private static final int CALLS = 40;

	@Test
	void aSummaryReadOnOneReplicaIsFreshAfterALinkWrittenOnTheOther() {
		PlatformClient first = SharedPlatform.direct("alignment-service", "pia");
		PlatformClient second = SharedPlatform.direct("alignment-service-2", "pia");
		JsonNode before = ok(second.get("/api/alignment/products/PAY/summary"));
		String item = Answers.elements(before.path("unaligned")).getFirst().path("id").asString();
		String goal = Answers.elements(ok(first.get("/api/alignment/goals?level=PRODUCT_GOAL&product=PAY&status=ACTIVE"))
			.path("content")).getFirst().path("id").asString();

		created(first.post("/api/alignment/links", """
				{"itemId":"%s","goalId":"%s","rationale":"Linked on the first replica"}""".formatted(item, goal)));

		await().atMost(FRESH).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
				Answers.elements(ok(second.get("/api/alignment/products/PAY/summary")).path("unaligned")))
			.extracting(unaligned -> unaligned.path("id").asString())
			.doesNotContain(item));
	}

	@Test
	void aSessionStreamHeldByOneReplicaHearsAChangeWrittenOnTheOther() throws Exception {
		PlatformClient owner = SharedPlatform.direct("backlog-service", "paul");
		JsonNode session = created(owner.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Two replicas","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":[]}"""));
		String id = session.path("id").asString();
		var events = SharedPlatform.http.send(HttpRequest.newBuilder(URI.create(SharedPlatform.url("backlog-service-2")
				+ "/api/backlog/refinement-sessions/" + id + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + SharedPlatform.token("tess"))
			.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(events.statusCode()).isEqualTo(200);

		try (Stream<String> lines = events.body()) {
			var heard = new LinkedBlockingQueue<String>();
			Thread.ofVirtual().start(() -> lines.forEach(heard::add));
			assertThat(awaitLine(heard, "event:connected")).isNotNull();
			JsonNode edited = ok(owner.patch("/api/backlog/refinement-sessions/" + id,
					"{\"title\":\"Two replicas, renamed on the first\"}", session.path("version").asLong()));

			assertThat(awaitLine(heard, "\"version\":" + edited.path("version").asLong()))
				.as("the change on the stream of the other replica").contains("\"change\":\"changed\"", id);
		}
	}

	@Test
	void aBrowserSignedInThroughOneGatewayWritesThroughTheOtherWithItsCsrfToken() {
		List<String> gateways = SharedPlatform.stack().gatewayUrls();
		assertThat(gateways).hasSize(SharedPlatform.REPLICAS);
		var browser = new SecurityCookieBrowser();
		String authorize = SecurityCookieBrowser.location(expectRedirect(browser.navigate(gateways.get(0) + "/")));
		String keycloakAuth = SecurityCookieBrowser.location(expectRedirect(browser.navigate(authorize)));
		HttpResponse<String> form = browser.navigate(keycloakAuth);
		String callback = SecurityCookieBrowser.location(expectRedirect(
				browser.submit(formAction(form), credentials("paul", "paul-demo"), Map.of())));
		assertThat(callback).startsWith(gateways.get(0) + "/login/oauth2/code/");
		expectRedirect(browser.navigate(callback));
		JsonNode csrf = ok(browser.fetchJson(gateways.get(0) + "/dashboard/csrf"));
		String item = """
				{"type":"STORY","title":"Written through the other gateway","description":"Signed in on the first",
				 "acceptanceCriteria":["It is stored"],"teamKey":"PAY-CHECKOUT","contributingTeamKeys":[]}""";

		HttpResponse<String> forged = browser.postJson(gateways.get(1) + "/api/backlog/products/PAY/items", item, Map.of());
		HttpResponse<String> written = browser.postJson(gateways.get(1) + "/api/backlog/products/PAY/items", item,
				Map.of(csrf.path("headerName").asString(), csrf.path("token").asString()));

		assertThat(forged.statusCode()).as("without the CSRF token: %s", forged.body()).isEqualTo(403);
		assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
		assertThat(ok(browser.fetchJson(gateways.get(1) + "/api/backlog/items/" + PlatformClient.json(written).path("id")
			.asString())).path("title").asString()).isEqualTo("Written through the other gateway");
	}

	@Test
	void bothGatewaysSpendFromOneRateLimitBudget() {
		SecurityKeycloakAdmin.deleteClient(RATE_PROBE_CLIENT);
		SecurityKeycloakAdmin.createClientNamed(RATE_PROBE_CLIENT, Map.of(), true);
		try {
			HttpResponse<String> grant = SecurityKeycloakAdmin.passwordGrant(SharedPlatform.stack().issuer(),
					RATE_PROBE_CLIENT, "vic", "vic-demo");
			String token = PlatformClient.json(SecurityKeycloakAdmin.expect(grant, 200)).path("access_token").asString();
			List<String> gateways = SharedPlatform.stack().gatewayUrls();
			// Forty calls at once, half through each gateway. One budget serves its burst and what
			// refills while the calls last; a budget per gateway would serve two bursts and twice the
			// refill, whatever the machine's speed.
			long start = System.nanoTime();
			List<Integer> statuses;
			try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
				var calls = IntStream.range(0, CALLS)
					.mapToObj(call -> CompletableFuture.supplyAsync(() -> PlatformClient
						.of(gateways.get(call % gateways.size()), token).get("/api/backlog/products").statusCode(), threads))
					.toList();
				statuses = calls.stream().map(CompletableFuture::join).toList();
			}
			double seconds = (System.nanoTime() - start) / 1e9;

			assertThat(statuses).containsOnly(200, 429);
			assertThat(statuses.stream().filter(status -> status == 200).count())
				.as("%s in %.1f s", statuses, seconds)
				.isGreaterThanOrEqualTo(RATE_PROBE_BURST)
				.isLessThanOrEqualTo(RATE_PROBE_BURST + (long) Math.ceil(RATE_PROBE_PER_SECOND * seconds) + 1);
		}
		finally {
			SecurityKeycloakAdmin.deleteClient(RATE_PROBE_CLIENT);
		}
	}

	/** The first line heard within {@link #FRESH} that contains the text, or {@code null}. */
	private static String awaitLine(BlockingQueue<String> heard, String text) throws InterruptedException {
		long deadline = System.nanoTime() + FRESH.toNanos();
		for (String line = heard.poll(FRESH.toMillis(), TimeUnit.MILLISECONDS); line != null && System.nanoTime() < deadline;
				line = heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
			if (line.replace(" ", "").contains(text.replace(" ", ""))) {
				return line;
			}
		}
		return null;
	}

}
