package org.refinery.backlog.item.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.IllegalTransition;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.item.application.BulkChanges;
import org.refinery.backlog.item.application.BulkRefused;
import org.refinery.backlog.item.application.BulkRefused.Refusal;
import org.refinery.backlog.item.application.ProductBacklog;
import org.refinery.backlog.member.Memberships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bulk request's validation and how refused items are answered, with the use case stubbed. */
@WebMvcTest(BulkController.class)
@AutoConfigureMockMvc(addFilters = false)
class BulkControllerTest {

	static final UUID A = UUID.randomUUID();

	static final UUID B = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BulkChanges bulk;

	@MockitoBean
	ProductBacklog backlog;

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

	@Test
	void itemsRefusedForDifferentReasonsAreOne422NamingEachItemWithTheStatusItsOwnRequestWouldGet() throws Exception {
		when(bulk.apply(eq("PAY"), any(), any(), any())).thenThrow(new BulkRefused(List.of(
				new Refusal(1, B, new IllegalTransition(ItemStatus.DRAFT, ItemStatus.DONE)),
				new Refusal(0, A, new StaleVersion(1, 3)))));

		mvc.perform(post("/api/backlog/products/PAY/items/bulk").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"CHANGE_STATUS\",\"status\":\"DONE\",\"items\":[{\"id\":\"%s\",\"version\":1},{\"id\":\"%s\"}]}"
				.formatted(A, B)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/items/0"))
			.andExpect(jsonPath("$.errors[1].pointer").value("/items/1"))
			.andExpect(jsonPath("$.refused[0].status").value(412))
			.andExpect(jsonPath("$.refused[0].currentVersion").value(3))
			.andExpect(jsonPath("$.refused[1].status").value(409))
			.andExpect(jsonPath("$.refused[1].allowed").isArray());
	}

	@Test
	void anActionWithoutItsValueOrWithoutItemsIsRefusedBeforeAnyChange() throws Exception {
		mvc.perform(post("/api/backlog/products/PAY/items/bulk").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"ESTIMATE\",\"items\":[{\"id\":\"%s\"}]}".formatted(A)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/estimate"));
		mvc.perform(post("/api/backlog/products/PAY/items/bulk").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"SHUFFLE\",\"items\":[{\"id\":\"%s\"}]}".formatted(A)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/action"));
		mvc.perform(post("/api/backlog/products/PAY/items/bulk").contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"MOVE_TO_TOP\",\"items\":[{\"id\":\"%s\",\"version\":-1}]}".formatted(A)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/items/0/version"));
		verifyNoInteractions(bulk);
	}

}
