package org.refinery.backlog.health.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.health.HealthPart;
import org.refinery.backlog.health.HealthScore;
import org.refinery.backlog.health.PartScore;
import org.refinery.backlog.health.application.PortfolioHealth.Entry;
import org.refinery.backlog.health.application.PortfolioHealth;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.product.DeliveryMode;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio health list's shape and refusals, with the use case stubbed. */
@WebMvcTest(PortfolioHealthController.class)
@AutoConfigureMockMvc(addFilters = false)
class PortfolioHealthControllerTest {

	static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PortfolioHealth health;

	/** The web edge reads the caller's memberships for every request: none here. */
	@MockitoBean
	Memberships memberships;

	@BeforeEach
	void signedInAsPia() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-pia")
			.claim("preferred_username", "pia").claim("realm_access", Map.of("roles", List.of("portfolio-manager")))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static Product product(String key) {
		return new Product(UUID.randomUUID(), key, "Product " + key, null, DeliveryMode.SCALED_SCRUM, 14, null,
				LocalDate.of(2026, 1, 5), 1);
	}

	static PartScore part(HealthPart part, Integer score, Double value) {
		return new PartScore(part, score, part.weight(), value, part.unit(), part.name() + " explained");
	}

	@Test
	void eachProductComesWithItsWeakestPartReadyDepthForecastSpreadAndStaleItems() throws Exception {
		var pay = new HealthScore("PAY", 61, NOW, List.of(part(HealthPart.READY_DEPTH, 40, 0.8),
				part(HealthPart.TOP_READINESS, 40, 0.32), part(HealthPart.CADENCE, 90, 4.0),
				part(HealthPart.PREDICTABILITY, 67, 2.0)));
		var shop = new HealthScore("SHOP", 0, NOW, List.of(part(HealthPart.READY_DEPTH, null, null),
				part(HealthPart.PREDICTABILITY, null, null)));
		when(health.page(any(Caller.class), eq(0), eq(500))).thenReturn(new PortfolioHealth.Page(
				List.of(new Entry(product("PAY"), pay, 7), new Entry(product("SHOP"), shop, 0)), 2));

		mvc.perform(get("/api/backlog/portfolio/health?size=500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.size").value(500))
			.andExpect(jsonPath("$.content[0].productKey").value("PAY"))
			.andExpect(jsonPath("$.content[0].name").value("Product PAY"))
			.andExpect(jsonPath("$.content[0].score").value(61))
			// READY_DEPTH and TOP_READINESS both score 40: the heavier first, equal here, so the first
			.andExpect(jsonPath("$.content[0].weakestPart.part").value("READY_DEPTH"))
			.andExpect(jsonPath("$.content[0].weakestPart.explanation").value("READY_DEPTH explained"))
			.andExpect(jsonPath("$.content[0].readyDepth").value(0.8))
			.andExpect(jsonPath("$.content[0].forecastSpread").value(2.0))
			.andExpect(jsonPath("$.content[0].staleItems").value(7))
			.andExpect(jsonPath("$.content[0].parts.length()").value(4))
			.andExpect(jsonPath("$.content[1].weakestPart").isEmpty())
			.andExpect(jsonPath("$.content[1].readyDepth").isEmpty())
			.andExpect(jsonPath("$.content[1].forecastSpread").isEmpty());
	}

	@Test
	void aPageSizeBeyondTheLimitOrANegativePageIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/backlog/portfolio/health?size=501"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/size"));
		mvc.perform(get("/api/backlog/portfolio/health?page=-1"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/page"));
		mvc.perform(get("/api/backlog/portfolio/health?size=many"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/size"));
		verifyNoInteractions(health);
	}

}
