package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast export over HTTP on real PostgreSQL: a hand-made baseline as a file, who may read it, the format. */
@ServiceTest
class ForecastExportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Forecasts forecasts;

	@Test
	void aProductsBaselineIsACsvAttachmentWithOneRecordPerItemAndItsPeriodsLastDays() {
		UUID productId = UUID.randomUUID();
		String product = knownProduct(productId);
		LocalDate start = LocalDate.parse("2026-11-30");
		var periods = List.of(new UpcomingPeriod(1, "Sprint 1", start, start.plusDays(13), 1, 1, 1, 1, 1),
				new UpcomingPeriod(2, "Sprint 2", start.plusDays(14), start.plusDays(27), 2, 2, 2, 2, 2));
		var items = List.of(new ItemForecast(UUID.randomUUID(), product + "-1", product + "-A", 1, 1, 2, 2,
				List.of(0.6, 1.0), 2.0),
				new ItemForecast(UUID.randomUUID(), product + "-2", null, null, null, null, null, List.of(), null,
						"no team, so no throughput", null));
		forecasts.save(new Forecast(UUID.randomUUID(), productId, product, Forecast.NOTICE, Mode.COUNT, 100, 1, 2,
				List.of(), null, null, Instant.now(), periods, items, List.of(), List.of(), null, List.of(), List.of()));

		var export = ServiceClient.onPort(port).get(path(product, "?format=CSV"), tokens.pia().mint());

		assertThat(export.getStatusCode().value()).isEqualTo(200);
		var type = export.getHeaders().getContentType();
		assertThat(type.getType() + "/" + type.getSubtype()).isEqualTo("text/csv");
		assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(type.getParameter("header")).isEqualTo("present");
		assertThat(export.getHeaders().getContentDisposition().getFilename()).startsWith(product + "-forecast-")
			.endsWith(".csv");
		assertThat(export.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(export.getBody().split("\r\n")).containsExactly(String.join(",", ForecastCsv.COLUMNS),
				product + "-1," + product + "-A,1,1,2,2,2026-12-13,2026-12-27,2026-12-27,2.0,,",
				product + "-2,,,,,,,,,,\"no team, so no throughput\",");
	}

	@Test
	void anInvisibleProductOrOneWithoutBaselineIsNotFoundAndAnUnknownFormatIsA400NamingTheParameter() {
		var http = ServiceClient.onPort(port);
		String product = knownProduct(UUID.randomUUID());
		String pia = tokens.pia().mint();

		var invisible = http.get(path(product, ""), tokens.nora().mint());
		var none = http.get(path(product, ""), pia);
		var xlsx = http.get(path(product, "?format=xlsx"), pia);

		assertThat(invisible.getStatusCode().value()).isEqualTo(404);
		assertThat(invisible.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(none.getStatusCode().value()).isEqualTo(404);
		assertThat(none.getBody()).contains("No baseline has been computed for " + product);
		assertThat(xlsx.getStatusCode().value()).isEqualTo(400);
		assertThat(xlsx.getBody()).contains("\"pointer\":\"#/query/format\"", "\"value\":\"xlsx\"");
	}

	/**
	 * Written straight into the read model: a product-created event would make the platform compute
	 * a baseline of its own (an empty one) within seconds, racing the hand-made one.
	 */
	private String knownProduct(UUID productId) {
		String product = "E" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		jdbc.sql("insert into known_product values (:id, :key, 'SCALED_SCRUM', 14, null, '2026-11-30', 1)")
			.param("id", productId)
			.param("key", product)
			.update();
		return product;
	}

	private static String path(String product, String query) {
		return "/api/forecasts/products/" + product + "/export" + query;
	}

}
