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

	/** PAY-CHECKOUT of PAY and SHOP-CART of SHOP are known teams, without history yet. */
	@BeforeEach
	void knownTeamsWithoutHistory() {
		knownTeam("05d2dbfd-b81f-419d-b030-1cdbc4deecc8", "PAY", "662b2f00-9863-488f-a3e3-d21c57bb6e9d", "PAY-CHECKOUT");
		knownTeam("5b0b8f53-2f6c-4a53-9a57-1f0c8f9a6c21", "SHOP", "9d3c7a1e-52b4-4f0e-8d6a-3b7e2c1f4a90", "SHOP-CART");
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
	void aTeamOfAProductTheCallerCannotSeeIsNotFound() {
		insertSample("SHOP-CART", "SHOP", LocalDate.of(2026, 1, 5), 4);

		var response = http().get("/api/forecasts/teams/SHOP-CART/throughput", tokens.tess().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("Team not found").contains("No team SHOP-CART is visible to you")
			.doesNotContain("\"items\"");
	}

	@Test
	void anUnknownTeamIsNotFoundJustLikeAnInvisibleOne() {
		var response = http().get("/api/forecasts/teams/PAY-NOWHERE/throughput", tokens.ada().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("Team not found").contains("No team PAY-NOWHERE is visible to you");
	}

	@Test
	void thoseWhoSeeTheProductAndTheTeamsOwnMembersSeeItsHistory() {
		insertSample("SHOP-CART", "SHOP", LocalDate.of(2026, 1, 5), 4);

		Map<?, ?> owner = http().getJson("/api/forecasts/teams/SHOP-CART/throughput", tokens.paul().mint());
		Map<?, ?> member = http().getJson("/api/forecasts/teams/SHOP-CART/throughput",
				tokens.forUser("mia").realmRoles("team-member").teams("SHOP-CART").mint());

		assertThat(List.of(owner, member)).allSatisfy(history -> assertThat(
				((List<?>) history.get("samples")).stream().<Object>map(s -> ((Map<?, ?>) s).get("items")))
			.containsExactly(4));
	}

	@Test
	void aMalformedTeamKeyIsTheCallersMistake() {
		var response = http().get("/api/forecasts/teams/not-a-key/throughput", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private void knownTeam(String productId, String product, String teamId, String team) {
		jdbc.sql("insert into known_product values (cast(:id as uuid), :key, 'SCALED_SCRUM', 14, null, '2026-01-05', 1) "
				+ "on conflict do nothing").param("id", productId).param("key", product).update();
		jdbc.sql("insert into known_team values (cast(:id as uuid), cast(:product as uuid), :key, 'SCRUM', 1) "
				+ "on conflict do nothing").param("id", teamId).param("product", productId).param("key", team).update();
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
