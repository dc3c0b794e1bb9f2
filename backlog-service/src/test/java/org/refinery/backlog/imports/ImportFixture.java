package org.refinery.backlog.imports;

import org.junit.jupiter.api.BeforeEach;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the import ITs share: a product of two teams owned by paul, an import client, and reads
 * of what an import left behind (items, their events, the backlog as its export states it).
 */
abstract class ImportFixture {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	ImportClient imports;

	String owner = tokens.paul().mint();

	String product;

	String mapping;

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		imports = new ImportClient(port, owner);
		product = newProduct("I");
		mapping = "{\"teams\":{\"Checkout\":\"%s-CHECKOUT\",\"Ledger\":\"%s-LEDGER\"}}".formatted(product, product);
	}

	/** Every item of a product as its export states it, without ids, times and ranks, in backlog order. */
	List<String> backlog(String key) {
		JsonNode export = ImportClient.JSON
			.readTree(http.get("/api/backlog/products/" + key + "/export?format=json", owner).getBody());
		List<String> items = new ArrayList<>();
		for (JsonNode item : export.path("items").values()) {
			items.add(String.join("|", item.path("position").asString(), item.path("key").asString(),
					item.path("type").asString(), item.path("title").asString(), item.path("description").asString(),
					item.path("acceptanceCriteria").toString(), item.path("status").asString(),
					item.path("removedReason").asString(), item.path("teamKey").asString(),
					item.path("contributingTeamKeys").toString(), item.path("parentKey").asString(),
					item.path("estimate").asString()));
		}
		return items;
	}

	String newProduct(String prefix) {
		String key = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		ok(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Imports","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(key)));
		for (String team : List.of("CHECKOUT", "LEDGER")) {
			ok(http.post("/api/backlog/products/" + key + "/teams", owner,
					"{\"key\":\"%s-%s\",\"name\":\"%s\",\"workMode\":\"SCRUM\"}".formatted(key, team, team)));
		}
		return key;
	}

	long itemCount() {
		return jdbc.sql("select count(*) from item i join product p on p.id = i.product_id where p.key = :key")
			.param("key", product)
			.query(Long.class)
			.single();
	}

	Map<String, Object> item(String title) {
		return jdbc.sql("select i.* from item i join product p on p.id = i.product_id where p.key = :key and i.title = :title")
			.param("key", product)
			.param("title", title)
			.query()
			.singleRow();
	}

	long createdEvents() {
		return jdbc.sql("select count(*) from event_publication where event_type like '%ItemCreated' "
				+ "and serialized_event like :product")
			.param("product", "%\"" + product + "\"%")
			.query(Long.class)
			.single();
	}

	static List<Long> counts(JsonNode job) {
		JsonNode counts = job.path("counts");
		List<Long> values = new ArrayList<>();
		for (String name : List.of("rows", "created", "updated", "unchanged", "errors", "missing")) {
			values.add(counts.path(name).asLong());
		}
		return values;
	}

	static byte[] resource(String name) {
		try (InputStream in = ImportFixture.class.getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<String> ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return response;
	}
}
