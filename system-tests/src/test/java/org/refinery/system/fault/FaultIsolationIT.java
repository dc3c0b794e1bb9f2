package org.refinery.system.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.refinery.devstack.Devstack;
import org.refinery.system.Answers;
import org.refinery.system.PlatformClient;
import org.refinery.system.SharedPlatform;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.ok;

/**
 * One service down leaves the others working and answers a precise 503; concurrent edits of one
 * item and concurrent moves in one backlog keep the data consistent.
 */
@Order(Order.DEFAULT + 50)
class FaultIsolationIT {

	private final Devstack stack = SharedPlatform.stack();

	@Test
	void with_one_service_down_the_others_keep_working_and_the_gateway_answers_503_problem_for_it() {
		PlatformClient paul = SharedPlatform.as("paul");
		stack.kill("alignment-service");
		try {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				HttpResponse<String> down = paul.get("/api/alignment/portfolio");
				assertThat(down.statusCode()).isEqualTo(503);
				assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(PlatformClient.json(down).path("detail").asString()).contains("alignment");
			});
			assertThat(paul.get("/api/backlog/products/PAY").statusCode()).isEqualTo(200);
			assertThat(paul.get("/api/dependencies?product=PAY").statusCode()).isEqualTo(200);
			assertThat(paul.get("/api/forecasts/products/PAY").statusCode()).isIn(200, 404);
		}
		finally {
			stack.restart("alignment-service");
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> paul.get("/api/alignment/portfolio").statusCode() == 200);
	}

	@Test
	void of_two_concurrent_edits_with_the_same_version_exactly_one_wins_and_the_other_gets_412() throws Exception {
		PlatformClient member = SharedPlatform.as("tess");
		PlatformClient owner = SharedPlatform.as("paul");
		JsonNode item = created(member.post("/api/backlog/products/PAY/items", """
				{"type":"STORY","title":"Contended","description":"Two people edit me at once","acceptanceCriteria":["a"],
				 "teamKey":"PAY-CHECKOUT","contributingTeamKeys":[]}"""));
		String path = "/api/backlog/items/" + item.path("id").asString();
		for (int round = 0; round < 5; round++) {
			long version = ok(owner.get(path)).path("version").asLong();
			var start = new CountDownLatch(1);
			// Titles new in every round: an edit that changes nothing keeps the version and is no contender.
			String title = "{\"title\":\"Edited by %d in round " + round + "\"}";
			var edits = List.of(member, owner).stream().map(client -> CompletableFuture.supplyAsync(() -> {
				hold(start);
				return client.patch(path, title.formatted(client.hashCode()), version);
			})).toList();
			start.countDown();
			List<Integer> statuses = edits.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 412);
			assertThat(ok(owner.get(path)).path("version").asLong()).isEqualTo(version + 1);
		}
	}

	@Test
	void concurrent_moves_keep_a_valid_order() {
		PlatformClient owner = SharedPlatform.as("paul");
		created(owner.post("/api/backlog/products", """
				{"key":"MOV","name":"Moves","vision":"Order survives contention","deliveryMode":"SCALED_KANBAN",
				 "releaseLengthDays":30,"firstPeriodStart":"%s"}""".formatted(LocalDate.now())));
		created(owner.post("/api/backlog/products/MOV/teams", "{\"key\":\"MOV-CORE\",\"name\":\"Core\",\"workMode\":\"KANBAN\"}"));
		var ids = new ArrayList<String>();
		for (int i = 0; i < 30; i++) {
			ids.add(created(owner.post("/api/backlog/products/MOV/items", """
					{"type":"STORY","title":"Move %d","description":"d","acceptanceCriteria":["a"],"teamKey":"MOV-CORE",
					 "contributingTeamKeys":[]}""".formatted(i))).path("id").asString());
		}

		var moves = new ArrayList<CompletableFuture<Integer>>();
		for (int i = 0; i < 60; i++) {
			String moved = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
			String anchor = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
			String side = ThreadLocalRandom.current().nextBoolean() ? "before" : "after";
			moves.add(CompletableFuture.supplyAsync(() -> owner.send(owner.request("/api/backlog/items/" + moved + "/move")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"" + side + "\":\"" + anchor + "\"}"))).statusCode()));
		}
		List<Integer> statuses = moves.stream().map(CompletableFuture::join).toList();

		assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 409, 422));
		assertThat(statuses).contains(200);
		List<JsonNode> order = Answers.elements(ok(owner.get("/api/backlog/products/MOV/items?size=100")));
		assertThat(order).extracting(node -> node.path("id").asString()).containsExactlyInAnyOrderElementsOf(ids);
		List<String> ranks = order.stream().map(node -> node.path("rank").asString()).toList();
		assertThat(ranks).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
