package org.refinery.backlog.item.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemCount;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.application.ProductBacklog.ItemFilter;
import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.backlog.member.Memberships;
import org.refinery.membership.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The backlog list's default view and how numbers are written, with the use cases stubbed. */
@WebMvcTest(ItemController.class)
@AutoConfigureMockMvc(addFilters = false)
class ItemControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProductBacklog backlog;

	/** The caller's memberships are read for every request: none here. */
	@MockitoBean
	Memberships memberships;

	@BeforeEach
	void signedInAsPaul() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-paul")
			.claim("preferred_username", "paul").claim("realm_access", Map.of("roles", List.of("product-owner")))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static Item estimatedAt(BigDecimal estimate) {
		return new Item(UUID.randomUUID(), UUID.randomUUID(), "PAY", "PAY-1", ItemType.EPIC, "Big", null, List.of(),
				estimate, null, Set.of(), null, "i", ItemStatus.DRAFT, null, null, 1);
	}

	@Test
	void theDefaultViewAsksForOpenWorkAndAllAsksForEverything() throws Exception {
		var page = new ProductBacklog.Page(List.of(), ItemCount.exactly(0), id -> Readiness.announced(false));
		when(backlog.page(eq("PAY"), eq(new ItemFilter(null, null, null, null, false)), any(Caller.class), anyLong(), isNull(),
				anyInt())).thenReturn(page);
		when(backlog.page(eq("PAY"), eq(new ItemFilter(null, null, null, null, true)), any(Caller.class), anyLong(), isNull(),
				anyInt())).thenReturn(page);

		mvc.perform(get("/api/backlog/products/PAY/items")).andExpect(status().isOk());
		mvc.perform(get("/api/backlog/products/PAY/items?all=true")).andExpect(status().isOk());
	}

	@Test
	void repeatedFiltersAndTheSearchTextReachTheBacklogAsLists() throws Exception {
		var page = new ProductBacklog.Page(List.of(), ItemCount.exactly(0), id -> Readiness.announced(false));
		when(backlog.page(eq("PAY"), eq(new ItemFilter(List.of("PAY-A", "PAY-B"), List.of(ItemStatus.READY,
				ItemStatus.DRAFT), List.of(ItemType.STORY), "refund wallet", false)), any(Caller.class), anyLong(),
				isNull(), anyInt())).thenReturn(page);

		mvc.perform(get("/api/backlog/products/PAY/items?team=PAY-A&team=PAY-B&status=READY&status=DRAFT&type=STORY")
			.param("q", "  refund wallet "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"totalElements\":0")));
	}

	@Test
	void aTotalCountedUpToTheCapSaysItIsALowerBoundAndAnExactOneSaysNot() throws Exception {
		when(backlog.page(eq("PAY"), eq(new ItemFilter(null, null, null, "wallet", false)), any(Caller.class), anyLong(),
				isNull(), anyInt())).thenReturn(new ProductBacklog.Page(List.of(), ItemCount.moreThan(1000),
						id -> Readiness.announced(false)));
		when(backlog.page(eq("PAY"), eq(new ItemFilter(null, null, null, "ledger", false)), any(Caller.class), anyLong(),
				isNull(), anyInt())).thenReturn(new ProductBacklog.Page(List.of(), ItemCount.exactly(999),
						id -> Readiness.announced(false)));

		mvc.perform(get("/api/backlog/products/PAY/items?q=wallet"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1000))
			.andExpect(jsonPath("$.totalIsLowerBound").value(true));
		mvc.perform(get("/api/backlog/products/PAY/items?q=ledger"))
			.andExpect(jsonPath("$.totalElements").value(999))
			.andExpect(jsonPath("$.totalIsLowerBound").value(false));
	}

	@Test
	void aSearchTooShortOrAnUnknownStatusAmongSeveralIsAProblemNamingTheQueryParameter() throws Exception {
		mvc.perform(get("/api/backlog/products/PAY/items?q=ab"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/q"))
			.andExpect(jsonPath("$.errors[0].value").value("ab"));
		mvc.perform(get("/api/backlog/products/PAY/items?status=READY&status=SOON"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/status"));
		mvc.perform(get("/api/backlog/products/PAY/items?team=PAY-A&team=nope"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/team"));
	}

	@Test
	void decimalsAreWrittenInPlainDigitsNeverInENotation() throws Exception {
		var item = estimatedAt(new BigDecimal("5.9E+2"));
		when(backlog.page(eq("PAY"), any(), any(Caller.class), anyLong(), isNull(), anyInt()))
			.thenReturn(new ProductBacklog.Page(List.of(item), ItemCount.exactly(1), id -> Readiness.announced(false)));

		mvc.perform(get("/api/backlog/products/PAY/items"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"estimate\":590")))
			.andExpect(content().string(not(containsString("E+"))));
	}

}
