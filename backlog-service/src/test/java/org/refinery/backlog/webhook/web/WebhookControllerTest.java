package org.refinery.backlog.webhook.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.webhook.DeliveryStatus;
import org.refinery.backlog.webhook.DestinationRefused;
import org.refinery.backlog.webhook.EventCatalog;
import org.refinery.backlog.webhook.ReplayRefused;
import org.refinery.backlog.webhook.Subscription;
import org.refinery.backlog.webhook.application.WebhookSubscriptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The webhook API's answers and refusals, with the use cases stubbed. */
@WebMvcTest(controllers = WebhookController.class)
@AutoConfigureMockMvc(addFilters = false)
class WebhookControllerTest {

	static final String CREATED = "refinery.backlog.ItemCreated.v1";

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

	static final String WEBHOOKS = "/api/backlog/products/PAY/webhooks";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	WebhookSubscriptions webhooks;

	@MockitoBean
	EventCatalog catalog;

	/** The web edge reads the caller's memberships for every request: none here. */
	@MockitoBean
	Memberships memberships;

	final Subscription subscription = new Subscription(ID, UUID.randomUUID(), URI.create("https://hooks.example.com/r"),
			Set.of(CREATED), "whsec_never-shown-again", "paul", Instant.parse("2026-12-07T08:00:00Z"));

	@BeforeEach
	void signedInAsPaul() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("sub-paul")
			.claim("preferred_username", "paul").claim("realm_access", Map.of("roles", List.of("product-owner")))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
		when(catalog.subscribable()).thenReturn(Set.of(CREATED, "refinery.backlog.ItemEstimated.v1"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNewWebhookIs201WithItsLocationAndItsSecretShownOnce() throws Exception {
		when(webhooks.subscribe(eq("PAY"), eq(URI.create("https://hooks.example.com/r")), eq(Set.of(CREATED)), eq(null),
				any())).thenReturn(new WebhookSubscriptions.Created(subscription, "whsec_shown-once"));

		mvc.perform(post(WEBHOOKS).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://hooks.example.com/r\",\"eventTypes\":[\"" + CREATED + "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", WEBHOOKS + "/" + ID))
			.andExpect(jsonPath("$.secret").value("whsec_shown-once"))
			.andExpect(jsonPath("$.eventTypes[0]").value(CREATED));
	}

	@Test
	void theListNamesTheSubscribableEventTypesAndNeverASecret() throws Exception {
		when(webhooks.subscriptions(eq("PAY"), any())).thenReturn(List.of(subscription));

		mvc.perform(get(WEBHOOKS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.webhooks[0].url").value("https://hooks.example.com/r"))
			.andExpect(jsonPath("$.webhooks[0].secret").doesNotExist())
			.andExpect(jsonPath("$.eventTypes.length()").value(2))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("whsec_"))));
	}

	@Test
	void aBadUrlAnUnknownEventTypeAndAShortSecretAre400AtTheirPointers() throws Exception {
		mvc.perform(post(WEBHOOKS).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"ftp://user@hooks.example.com/r\",\"eventTypes\":[\"" + CREATED
					+ "\",\"refinery.alignment.GoalCreated.v1\"],\"secret\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].pointer").value("/url"))
			.andExpect(jsonPath("$.errors[0].value").value("ftp://user@hooks.example.com/r"))
			.andExpect(jsonPath("$.errors[1].pointer").value("/eventTypes/1"))
			.andExpect(jsonPath("$.errors[1].value").value("refinery.alignment.GoalCreated.v1"))
			.andExpect(jsonPath("$.errors[2].pointer").value("/secret"))
			.andExpect(jsonPath("$.errors[2].value").value("(hidden)"));
		verifyNoInteractions(webhooks);
	}

	@Test
	void noEventTypesIs400() throws Exception {
		mvc.perform(post(WEBHOOKS).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://hooks.example.com/r\",\"eventTypes\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/eventTypes"));
	}

	@Test
	void aPrivateDestinationIs422AtTheUrl() throws Exception {
		when(webhooks.subscribe(any(), any(), any(), any(), any())).thenThrow(new DestinationRefused(
				URI.create("http://169.254.169.254/"), "must not reach a private, loopback or link-local address"));

		mvc.perform(post(WEBHOOKS).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"http://169.254.169.254/\",\"eventTypes\":[\"" + CREATED + "\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].pointer").value("/url"))
			.andExpect(jsonPath("$.errors[0].value").value("http://169.254.169.254/"))
			.andExpect(jsonPath("$.errors[0].rule").value("must not reach a private, loopback or link-local address"));
	}

	@Test
	void aCallerWhoSeesButDoesNotOwnTheProductIs403AndOneWhoDoesNotSeeItIs404() throws Exception {
		when(webhooks.subscriptions(eq("PAY"), any())).thenThrow(new ProductAccessDenied("Only owners"));
		when(webhooks.subscriptions(eq("HID"), any())).thenThrow(new ProductNotFound("HID"));

		mvc.perform(get(WEBHOOKS)).andExpect(status().isForbidden());
		mvc.perform(get("/api/backlog/products/HID/webhooks")).andExpect(status().isNotFound());
	}

	@Test
	void anUnknownStatusFilterIs400NamingTheParameter() throws Exception {
		mvc.perform(get(WEBHOOKS + "/" + ID + "/deliveries?status=LOST"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("#/query/status"))
			.andExpect(jsonPath("$.errors[0].value").value("LOST"));
	}

	@Test
	void replayingADeliveryThatIsNotDeadIs409() throws Exception {
		when(webhooks.replay(eq("PAY"), eq(ID), eq(ID), any()))
			.thenThrow(new ReplayRefused(ID, DeliveryStatus.DELIVERED));

		mvc.perform(post(WEBHOOKS + "/" + ID + "/deliveries/" + ID + "/replay")).andExpect(status().isConflict());
	}

}
