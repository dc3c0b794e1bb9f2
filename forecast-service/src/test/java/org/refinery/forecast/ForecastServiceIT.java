package org.refinery.forecast;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceBasics;
import org.refinery.test.service.ServiceTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ForecastServiceIT extends ServiceBasics {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Override
	protected String protectedPath() {
		return "/api/forecasts/teams/PAY-CHECKOUT/throughput";
	}

	@Override
	protected String sampleEventType() {
		return "refinery.forecasts.ForecastComputed.v1";
	}

	@BeforeEach
	void noHistory() {
		jdbc.sql("delete from throughput_sample").update();
	}

	@Test
	void aTeamsHistoryIsShownOldestFirstIncludingZeroPeriods() {
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 19), 0);
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 5), 6);

		Map<?, ?> history = http().getJson("/api/forecasts/teams/PAY-CHECKOUT/throughput", tokens.tess().mint());

		assertThat(((List<?>) history.get("samples")).stream().<Object>map(s -> ((Map<?, ?>) s).get("items")))
			.containsExactly(6, 0);
	}

	@Test
	void aTeamOfAProductTheCallerCannotSeeShowsNoHistory() {
		insertSample("SHOP-CART", "SHOP", LocalDate.of(2026, 1, 5), 4);

		Map<?, ?> history = http().getJson("/api/forecasts/teams/SHOP-CART/throughput", tokens.tess().mint());

		assertThat((List<?>) history.get("samples")).isEmpty();
	}

	@Test
	void aMalformedTeamKeyIsTheCallersMistake() {
		var response = http().get("/api/forecasts/teams/not-a-key/throughput", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private void insertSample(String team, String product, LocalDate start, int items) {
		jdbc.sql("insert into throughput_sample (team_key, product_key, period_start, period_end, items, points, source) "
				+ "values (:team, :product, :start, :end, :items, :points, 'IMPORTED')")
			.param("team", team)
			.param("product", product)
			.param("start", start)
			.param("end", start.plusDays(13))
			.param("items", items)
			.param("points", items * 3)
			.update();
	}

}
