package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;
import org.refinery.test.service.ServiceTest;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an import refuses, on real PostgreSQL and Kafka: bad rows beside good ones (which are
 * imported), a file without its required columns (422 naming them, no job), an unknown format
 * (400), and anyone but the product's owners (403; 404 for a product they cannot see).
 */
@ServiceTest
class ImportRefusalsIT extends ImportFixture {

	@Test
	void badRowsAreAnsweredBesideTheGoodOnesWhichAreImported() {
		String csv = """
				Issue key,Issue Type,Summary,Status,Component/s
				A-1,Story,Fine,To Do,Checkout
				A-2,Saga,Unknown type,To Do,
				A-3,Story,Unknown status,Parked,
				A-1,Story,Repeated key,To Do,
				A-4,Story,Unknown team,To Do,Marketing
				""";

		JsonNode job = imports.run(product, "format=jira-csv", "rows.csv", csv.getBytes(StandardCharsets.UTF_8), mapping);

		assertThat(counts(job)).containsExactly(5L, 1L, 0L, 0L, 4L, 0L);
		assertThat(job.path("rows").path("content").findValuesAsString("reason")).satisfiesExactly(
				reason -> assertThat(reason).isEmpty(), reason -> assertThat(reason).startsWith("type 'Saga' is not mapped"),
				reason -> assertThat(reason).startsWith("status 'Parked' is not mapped"),
				reason -> assertThat(reason).isEqualTo("repeats key A-1 of line 2; only that row is imported"),
				reason -> assertThat(reason).startsWith("team 'Marketing' is no team"));
		assertThat(itemCount()).isEqualTo(1);
	}

	@Test
	void aFileWithoutRequiredColumnsIsRefusedWith422NamingThemAndNoJobIsStarted() {
		ResponseEntity<String> refused = imports.raw(product, "format=jira-csv", "Summary,Status\nOne,To Do\n");

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.getBody()).contains("\"pointer\":\"#/file/columns/Issue key\"")
			.contains("\"pointer\":\"#/file/columns/Issue Type\"")
			.contains("\"rule\":\"is a required column\"");
		assertThat(imports.get("/api/backlog/products/" + product + "/imports").getBody())
			.contains("\"totalElements\":0");
	}

	@Test
	void anUnknownFormatIsA400NamingTheParameter() {
		ResponseEntity<String> refused = imports.raw(product, "format=xlsx", "x");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("\"pointer\":\"#/query/format\"").contains("jira-csv, jira-json");
	}

	@Test
	void onlyTheProductsOwnersImportAndReadImports() {
		http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/tess", owner,
				"{\"roles\":[{\"role\":\"VIEWER\"}]}", Map.of());
		var tess = new ImportClient(port, tokens.tess().mint());
		var vic = new ImportClient(port, tokens.vic().mint());

		assertThat(tess.raw(product, "format=jira-csv", "Issue key\n").getStatusCode().value()).isEqualTo(403);
		assertThat(tess.get("/api/backlog/products/" + product + "/imports").getStatusCode().value()).isEqualTo(403);
		assertThat(vic.raw(product, "format=jira-csv", "Issue key\n").getStatusCode().value()).isEqualTo(404);
	}

}
