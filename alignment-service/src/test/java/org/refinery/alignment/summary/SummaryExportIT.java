package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.Fixtures;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.alignment.AlignmentClient.assertProblem;

/** The alignment export over HTTP on real PostgreSQL: the file, who may read it, the parameters. */
@ServiceTest
class SummaryExportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProductsAlignmentIsACsvAttachmentWithEveryUnalignedItemAndPlainDecimals() {
		var fixtures = new Fixtures(jdbc);
		String product = Fixtures.uniqueKey("X");
		UUID productId = fixtures.product(product);
		UUID first = fixtures.item(productId, product, product + "-1", product + "-A", new BigDecimal("590.0"),
				"READY", "a");
		fixtures.item(productId, product, product + "-2", null, null, "DRAFT", "b");
		jdbc.sql("update backlog_item set title = 'Pay by card, \"quickly\"' where id = :id").param("id", first).update();
		UUID idle = fixtures.goal("PRODUCT_GOAL", null, productId, product, "Wallets", "ACTIVE", null);

		var export = new AlignmentClient(port).get(path(product, "?format=CSV&scope=top&n=10"), tokens.pia().mint());

		assertThat(export.getStatusCode().value()).isEqualTo(200);
		var type = export.getHeaders().getContentType();
		assertThat(type.getType() + "/" + type.getSubtype()).isEqualTo("text/csv");
		assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(type.getParameter("header")).isEqualTo("present");
		assertThat(export.getHeaders().getContentDisposition().getFilename()).startsWith(product + "-alignment-")
			.endsWith(".csv");
		assertThat(export.getHeaders().getCacheControl()).isEqualTo("no-store");
		// Themes with a portfolio target are in every product's investment; other ITs of this
		// database add some, so they are checked apart: this product serves none of them.
		List<String> records = List.of(export.getBody().split("\r\n"));
		assertThat(records).filteredOn(line -> line.startsWith("themeInvestment,"))
			.allSatisfy(line -> assertThat(line).endsWith(",0.0000,").contains(",,,,,,,,,0,"));
		assertThat(records).filteredOn(line -> !line.startsWith("themeInvestment,")).containsExactly(
				String.join(",", SummaryCsv.COLUMNS),
				"overall,," + product + ",top 10,,,,,590,2,0,0.0000,1180,0,0.0000,,,,",
				"team,,(none),,,,,,,1,0,0.0000,590,0,0.0000,,,,",
				"team,," + product + "-A,,,,,,,1,0,0.0000,590,0,0.0000,,,,",
				"unaligned," + first + "," + product + "-1,\"Pay by card, \"\"quickly\"\"\",,," + product
						+ "-A,a,590,,,,,,,,,,",
				"unaligned,%s,%s-2,%s-2,,,,b,,,,,,,,,,,".formatted(itemId(product + "-2"), product, product),
				"goalWithoutWork," + idle + ",,Wallets,PRODUCT_GOAL,,,,,,,,,,,,,,");
	}

	@Test
	void anInvisibleProductIsNotFoundAndAnUnknownFormatOrScopeIsA400NamingTheParameter() {
		var http = new AlignmentClient(port);
		String product = Fixtures.uniqueKey("X");
		new Fixtures(jdbc).product(product);
		String pia = tokens.pia().mint();

		assertProblem(http.get(path(product, ""), tokens.paul().mint()), 404, "No product " + product + " is visible to you");
		var xlsx = http.get(path(product, "?format=xlsx"), pia);
		assertThat(xlsx.getStatusCode().value()).isEqualTo(400);
		assertThat(xlsx.getBody()).contains("\"pointer\":\"#/query/format\"", "\"value\":\"xlsx\"");
		assertProblem(http.get(path(product, "?scope=all"), pia), 400, "scope must be one of open, top");
	}

	private UUID itemId(String key) {
		return jdbc.sql("select id from backlog_item where key = :key").param("key", key).query(UUID.class).single();
	}

	private static String path(String product, String query) {
		return "/api/alignment/products/" + product + "/export" + query;
	}

}
