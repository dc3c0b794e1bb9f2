package org.refinery.backlog.session.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionStatus;
import org.refinery.backlog.session.application.RefinementSessions.SessionPage;
import org.refinery.backlog.session.application.RefinementSessions;
import org.refinery.backlog.session.application.SessionCorrections;
import org.refinery.backlog.session.application.SessionOutcomes;
import org.refinery.membership.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The session API's shapes and refusals, with the use cases stubbed. */
@WebMvcTest(SessionController.class)
@AutoConfigureMockMvc(addFilters = false)
class SessionControllerTest {

	static final UUID ID = UUID.randomUUID();

	static final UUID ITEM = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RefinementSessions sessions;

	/** The caller's memberships are read for every request: none here. */
	@MockitoBean
	Memberships memberships;

	@MockitoBean
	SessionCorrections corrections;

	@MockitoBean
	SessionOutcomes outcomes;

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

	static Session session(long version) {
		return new Session(ID, UUID.randomUUID(), "PAY", "Weekly", "paul", Instant.parse("2026-12-01T09:00:00Z"),
				SessionStatus.SCHEDULED, Map.of("PAY-CHECKOUT", Set.of("tess")), List.of(ITEM), List.of(), version);
	}

	@Test
	void theSessionsOfAProductArePagedLikeEveryList() throws Exception {
		when(sessions.page(eq("PAY"), any(Caller.class), eq(20L), eq(10))).thenReturn(new SessionPage(List.of(session(3)), 21));

		mvc.perform(get("/api/backlog/products/PAY/refinement-sessions?page=2&size=10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(ID.toString()))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(10))
			.andExpect(jsonPath("$.totalElements").value(21));
	}

	@Test
	void aCorrectionAnswersTheNewVersionAsETag() throws Exception {
		when(corrections.edit(eq(ID), eq(1L), any(), any(Caller.class))).thenReturn(session(2));

		mvc.perform(patch("/api/backlog/refinement-sessions/" + ID).header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Moved\",\"agenda\":[\"" + ITEM + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
	}

	@Test
	void aCorrectionCannotSetTheStatus() throws Exception {
		refused(patch("/api/backlog/refinement-sessions/" + ID), "{\"status\":\"CLOSED\"}", "/status");
		verifyNoInteractions(corrections);
	}

	@Test
	void anEstimatedOutcomeCarriesItsEstimate() throws Exception {
		refused(post("/api/backlog/refinement-sessions/" + ID + "/outcomes"),
				"{\"itemId\":\"%s\",\"kind\":\"ESTIMATED\"}".formatted(ITEM), "/estimate")
			.andExpect(jsonPath("$.errors[0].rule").value("is required when kind is ESTIMATED"));
	}

	@Test
	void aRemovedOutcomeGivesTheReason() throws Exception {
		refused(post("/api/backlog/refinement-sessions/" + ID + "/outcomes"),
				"{\"itemId\":\"%s\",\"kind\":\"REMOVED\",\"note\":\" \"}".formatted(ITEM), "/note")
			.andExpect(jsonPath("$.errors[0].rule").value("must give the reason when kind is REMOVED"));
	}

	@Test
	void aSplitOutcomeNamesItsChildrenAndNoOtherKindDoes() throws Exception {
		refused(post("/api/backlog/refinement-sessions/" + ID + "/outcomes"),
				"{\"itemId\":\"%s\",\"kind\":\"SPLIT\"}".formatted(ITEM), "/children");
		refused(post("/api/backlog/refinement-sessions/" + ID + "/outcomes"),
				"{\"itemId\":\"%s\",\"kind\":\"CLARIFIED\",\"estimate\":3}".formatted(ITEM), "/estimate");
		verifyNoInteractions(outcomes);
	}

	@Test
	void anOutcomeAnswersTheSessionWithItsVersion() throws Exception {
		when(outcomes.record(eq(ID), eq(null), any(), any(Caller.class))).thenReturn(session(4));

		mvc.perform(post("/api/backlog/refinement-sessions/" + ID + "/outcomes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"%s\",\"kind\":\"ESTIMATED\",\"estimate\":590}".formatted(ITEM)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""));
	}

	@Test
	void aCancelNeedsNoBody() throws Exception {
		when(corrections.cancel(eq(ID), eq(null), eq(null), any(Caller.class))).thenReturn(session(2));

		mvc.perform(post("/api/backlog/refinement-sessions/" + ID + "/cancel")).andExpect(status().isOk());
	}

	private ResultActions refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body, String pointer) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].pointer").value(pointer));
	}

}
