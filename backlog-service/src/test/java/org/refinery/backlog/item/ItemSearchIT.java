package org.refinery.backlog.item;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the backlog for text and filtering it by several teams, statuses and types at once. */
@ServiceTest
class ItemSearchIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	ServiceClient http;

	String product;

	String owner = tokens.paul().mint();

	String checkout;

	String ledger;

	String base;

	@BeforeEach
	void aProductWithItemsOfThreeTeams() {
		http = ServiceClient.onPort(port);
		product = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		base = "/api/backlog/products/" + product + "/items";
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Search","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		checkout = product + "-CHECKOUT";
		ledger = product + "-LEDGER";
		for (String team : List.of(checkout, ledger, product + "-SEARCH")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(team));
		}
		add("STORY", "Pay by card", "Cards of all schemes", List.of("A refund reaches the Wallet in a day"), checkout);
		add("DEFECT", "Ledger drifts", "Totals differ by 100% after midnight", List.of(), ledger);
		add("ENABLER", "Search index", null, List.of("Queries answer_fast"), product + "-SEARCH");
		add("STORY", "Statement export", "A PDF per month", List.of(), ledger);
	}

	@Test
	void q_finds_items_by_a_word_of_their_key_title_description_or_acceptance_criteria_in_any_case() {
		assertThat(titles("?q=wallet")).as("acceptance criteria").containsExactly("Pay by card");
		assertThat(titles("?q=PDF+PER")).as("description").containsExactly("Statement export");
		assertThat(titles("?q=drifts")).as("title").containsExactly("Ledger drifts");
		assertThat(titles("?q=" + product + "-3")).as("key").containsExactly("Search index");
		assertThat(titles("?q=   ")).as("blank is no search").hasSize(4);
		assertThat(page("?q=card").get("totalElements")).isEqualTo(1);
	}

	/** The client encodes what it sends: {@code %} here travels as {@code %25}. */
	@Test
	void q_takes_percent_signs_and_underscores_literally() {
		assertThat(titles("?q=100%")).containsExactly("Ledger drifts");
		assertThat(titles("?q=r_f")).containsExactly("Search index");
		assertThat(titles("?q=answer%fast")).isEmpty();
	}

	@Test
	void repeated_filters_match_any_of_their_values_and_combine_with_q() {
		assertThat(titles("?team=" + checkout + "&team=" + ledger)).containsExactly("Pay by card", "Ledger drifts",
				"Statement export");
		assertThat(titles("?type=DEFECT&type=ENABLER")).containsExactly("Ledger drifts", "Search index");
		assertThat(titles("?status=DRAFT&status=DONE&type=STORY&team=" + ledger)).containsExactly("Statement export");
		assertThat(titles("?q=ledger&team=" + ledger + "&team=" + checkout)).containsExactly("Ledger drifts");
		assertThat(page("?type=DEFECT&type=ENABLER").get("totalElements")).isEqualTo(2);
	}

	@Test
	void a_bad_filter_value_is_a_400_problem_naming_the_query_parameter() {
		assertThat(pointer("?q=ab")).isEqualTo("#/query/q");
		assertThat(pointer("?q=" + "x".repeat(201))).isEqualTo("#/query/q");
		assertThat(pointer("?status=READY&status=BOGUS")).isEqualTo("#/query/status");
		assertThat(pointer("?type=STORY&type=SAGA")).isEqualTo("#/query/type");
		assertThat(pointer("?team=" + checkout + "&team=not-a-team")).isEqualTo("#/query/team");
	}

	@Test
	void the_search_reads_the_trigram_index_and_rechecks_the_stored_text() {
		List<String> plan = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return jdbc.sql("explain select i.id from item i where i.search_text like lower('%Wallet%')")
				.query(String.class)
				.list();
		});
		assertThat(String.join("\n", plan)).contains("item_search").contains("Recheck Cond: (search_text");
	}

	private String pointer(String query) {
		var response = http.get(base + query, owner);
		assertThat(response.getStatusCode().value()).as(query + " " + response.getBody()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
		Map<?, ?> problem = tools.jackson.databind.json.JsonMapper.builder().build().readValue(response.getBody(),
				Map.class);
		return (String) ((Map<?, ?>) ((List<?>) problem.get("errors")).getFirst()).get("pointer");
	}

	private Map<?, ?> page(String query) {
		return http.getJson(base + query, owner);
	}

	private List<Object> titles(String query) {
		return ((List<?>) page(query).get("content")).stream().<Object>map(i -> ((Map<?, ?>) i).get("title")).toList();
	}

	private void add(String type, String title, String description, List<String> criteria, String team) {
		var body = new java.util.LinkedHashMap<String, Object>(Map.of("type", type, "title", title, "teamKey", team,
				"acceptanceCriteria", criteria));
		if (description != null) {
			body.put("description", description);
		}
		var response = http.post(base, owner, tools.jackson.databind.json.JsonMapper.builder().build()
			.writeValueAsString(body));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
	}

}
