package org.refinery.alignment.summary.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.summary.Portfolio.ProductFigures;
import org.refinery.alignment.summary.Portfolio;
import org.refinery.alignment.summary.Ratio;
import org.refinery.alignment.summary.application.PortfolioOverview;
import org.refinery.membership.Caller;
import org.refinery.membership.Memberships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portfolio view's wire shape: each product's alignment by count and by effort and its
 * largest drift, so that the portfolio page needs no product summary per product.
 */
@WebMvcTest(PortfolioController.class)
@AutoConfigureMockMvc(addFilters = false)
class PortfolioControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PortfolioOverview overview;

	/** The web edge reads the caller's memberships for every request. */
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

	@Test
	void eachProductCarriesItsAlignmentByCountAndByEffortAndItsLargestDrift() throws Exception {
		var ratio = new Ratio(3, 4, new BigDecimal("0.7500"), new BigDecimal("5"), new BigDecimal("8"),
				new BigDecimal("0.6250"));
		var pay = new ProductFigures("PAY", ratio, 2, 1, new BigDecimal("-0.1500"), "Growth",
				Instant.parse("2026-12-07T08:00:00Z"), false);
		when(overview.portfolio(any(), eq(90), any(Caller.class)))
			.thenReturn(new Portfolio(List.of(pay), List.of(), List.of()));

		mvc.perform(get("/api/alignment/portfolio"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.products[0].productKey").value("PAY"))
			.andExpect(jsonPath("$.products[0].overall.byCount").value(0.75))
			.andExpect(jsonPath("$.products[0].overall.byEffort").value(0.625))
			.andExpect(jsonPath("$.products[0].overall.items").value(4))
			.andExpect(jsonPath("$.products[0].overall.alignedItems").value(3))
			.andExpect(jsonPath("$.products[0].largestDrift").value(-0.15))
			.andExpect(jsonPath("$.products[0].largestDriftTheme").value("Growth"))
			.andExpect(jsonPath("$.products[0].goalsWithoutWork").value(2))
			.andExpect(jsonPath("$.products[0].unalignedItems").value(1))
			.andExpect(jsonPath("$.products[0].stale").value(false))
			.andExpect(jsonPath("$.themes").isArray())
			.andExpect(jsonPath("$.trend").isArray());
	}

	@Test
	void aTrendLongerThanTheKeptDaysIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/alignment/portfolio?days=401"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/days"));
		verifyNoInteractions(overview);
	}

}
