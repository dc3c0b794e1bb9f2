package org.refinery.backlog.item;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the backlog page by page: numbered pages, cursors, totals and refused page requests. */
@ServiceTest
class ItemPagesIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	String owner = tokens.paul().mint();

	String checkout;

	String base;

	@BeforeEach
	void aProductWithSevenItemsOfTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		base = "/api/backlog/products/" + product + "/items";
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Pages","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		checkout = product + "-CHECKOUT";
		for (String team : List.of(checkout, product + "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(team));
		}
		for (int i = 1; i <= 7; i++) {
			add("I" + i, i % 2 == 1 ? checkout : product + "-LEDGER");
		}
	}

	@Test
	void following_the_cursor_walks_the_backlog_in_rank_order_like_numbered_pages() {
		assertThat(walk("")).containsExactly(List.of("I1", "I2", "I3"), List.of("I4", "I5", "I6"), List.of("I7"));
		assertThat(titles(page("?size=3&page=1"))).containsExactly("I4", "I5", "I6");
		assertThat(walk("&team=" + checkout)).containsExactly(List.of("I1", "I3", "I5"), List.of("I7"));
		assertThat(page("?size=3&page=2").get("next")).isNull();
		assertThat(walk("&q=" + product)).as("a search cut from all its matches, every key holding the product's")
			.containsExactly(List.of("I1", "I2", "I3"), List.of("I4", "I5", "I6"), List.of("I7"));
		assertThat(walk("&q=" + product + "&team=" + checkout)).containsExactly(List.of("I1", "I3", "I5"), List.of("I7"));
		assertThat(titles(page("?size=3&page=1&q=" + product))).containsExactly("I4", "I5", "I6");
		assertThat(total(page("?size=3&page=1&q=" + product))).isEqualTo(List.of(7, false));
		assertThat(titles(page("?size=3&page=3&q=" + product))).isEmpty();
	}

	@Test
	void the_total_follows_adds_splits_removes_and_restores_without_counting_the_product() {
		String epic = add("Epic", checkout);
		http.post("/api/backlog/items/" + epic + "/split", owner,
				"{\"children\":[{\"type\":\"STORY\",\"title\":\"S1\"},{\"type\":\"STORY\",\"title\":\"S2\"}]}");
		assertThat(page("?all=true").get("totalElements")).isEqualTo(10);
		http.exchangeWith("DELETE", "/api/backlog/items/" + epic + "?reason=Split up", owner, null, Map.of());
		assertThat(page("").get("totalElements")).as("removed items leave the default view").isEqualTo(9);
		assertThat(page("?all=true").get("totalElements")).as("and stay in the whole backlog").isEqualTo(10);
		assertThat(page("?status=REMOVED").get("totalElements")).isEqualTo(1);
		http.post("/api/backlog/items/" + epic + "/restore", owner, null);
		assertThat(page("").get("totalElements")).isEqualTo(10);
		assertThat(page("?team=" + checkout).get("totalElements")).isEqualTo(7);
		assertThat(jdbc.sql("select item_count from product_order o join product p on p.id = o.product_id "
				+ "where p.key = :key").param("key", product).query(Long.class).single()).isEqualTo(10);
	}

	@Test
	void a_page_that_cannot_be_answered_is_a_400_problem_and_nothing_else() {
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("r:NOT A RANK".getBytes());
		String cursor = (String) page("?size=3").get("next");
		for (String query : List.of("?after=%%%", "?after=" + forged, "?after=" + cursor + "&page=1", "?size=0",
				"?size=501", "?page=-1", "?status=BOGUS", "?type=SAGA", "?after=" + "a".repeat(401), "?page=2147483647&size=500")) {
			var response = http.get(base + query, owner);
			assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
		}
		assertThat(http.get(base + "?page=20000&size=500", owner).getStatusCode().value()).as("the last page there may be")
			.isEqualTo(200);
	}

	/**
	 * 1,001 items mention an ocelot (the cap is 1,000): the search says "more than 1,000", the
	 * same search within the team that has exactly 1,000 of them is counted exactly, and so is the
	 * whole backlog, whose size is kept rather than counted.
	 */
	@Test
	void a_total_beyond_the_cap_is_the_cap_marked_as_a_lower_bound_and_a_total_up_to_it_is_exact() {
		UUID productId = jdbc.sql("select id from product where key = :key").param("key", product).query(UUID.class)
			.single();
		jdbc.sql("insert into item (id, product_id, key, type, title, team_key, rank, status, version) "
				+ "select gen_random_uuid(), :product, :key || '-X' || n, 'STORY', 'Ocelot ' || n, "
				+ "case when n = 1 then :key || '-LEDGER' else :key || '-CHECKOUT' end, 'z' || r, 'DRAFT', 1 "
				+ "from unnest(:ranks) with ordinality as t(r, n)")
			.param("product", productId).param("key", product).param("ranks", Ranks.spaced(1001))
			.update();
		jdbc.sql("update product_order set item_count = item_count + 1001 where product_id = :product")
			.param("product", productId).update();

		assertThat(total(page("?q=ocelot&size=50"))).isEqualTo(List.of(1000, true));
		assertThat(total(page("?q=ocelot&size=50&after=" + page("?q=ocelot&size=50").get("next"))))
			.as("a cursor page counts the same way").isEqualTo(List.of(1000, true));
		assertThat(total(page("?q=ocelot&team=" + checkout))).as("exactly the cap").isEqualTo(List.of(1000, false));
		assertThat(total(page("?q=ocelot&size=50&page=20"))).as("the last page knows the total")
			.isEqualTo(List.of(1001, false));
		assertThat(total(page(""))).as("open work, counted up to the cap").isEqualTo(List.of(1000, true));
		assertThat(total(page("?all=true&size=1"))).as("the whole backlog, kept").isEqualTo(List.of(1008, false));
		assertThat(total(page("?q=ocelot+1"))).as("Ocelot 1, 10-19, 100-199, 1000, 1001")
			.isEqualTo(List.of(113, false));
	}

	private static List<Object> total(Map<?, ?> page) {
		return List.of(page.get("totalElements"), page.get("totalIsLowerBound"));
	}

	private List<List<Object>> walk(String filter) {
		List<List<Object>> pages = new ArrayList<>();
		Map<?, ?> page = page("?size=3" + filter);
		pages.add(titles(page));
		while (page.get("next") != null) {
			page = page("?size=3" + filter + "&after=" + page.get("next"));
			if (!titles(page).isEmpty()) {
				pages.add(titles(page));
			}
		}
		return pages;
	}

	private Map<?, ?> page(String query) {
		return http.getJson(base + query, owner);
	}

	private static List<Object> titles(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().<Object>map(i -> ((Map<?, ?>) i).get("title")).toList();
	}

	private String add(String title, String team) {
		var response = http.post(base, owner,
				"{\"type\":\"STORY\",\"title\":\"%s\",\"teamKey\":\"%s\"}".formatted(title, team));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

}
