package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session workspace in the browser, through the gateway: paul schedules a session of two
 * teams with an agenda picked from the backlog, corrects its title, records an estimate (its
 * missing value named at the field first), a clarification and a split that tess, one of the
 * representatives, sees live; closing shows the teams represented and a Markdown summary. A
 * cancelled session says why its controls are disabled, so do those vic may not use (she only
 * views the product), before she tries and after a refusal of the server, and the workspace fits
 * a 390 px screen.
 */
class DashboardSessionIT {

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@Test
	void paul_schedules_edits_and_runs_a_session_that_tess_follows_live_and_closes_it_with_a_markdown_summary() {
		List<JsonNode> agenda = backlogItems(20, 2);
		String title = "Checkout refinement " + suffix();
		paul.open("session/new");
		paul.find("#plan-title").sendKeys(title);
		paul.script("const start = arguments[0]; start.value = '2026-12-14T09:30';"
				+ " start.dispatchEvent(new Event('input', { bubbles: true }));", paul.find("#plan-start"));
		paul.find("#plan-facilitator").sendKeys("paul");
		paul.find("#plan-reps-PAY-CHECKOUT").sendKeys("tess");
		paul.find("#plan-reps-PAY-LEDGER").sendKeys("theo");
		agenda.forEach(this::addToAgenda);
		paul.find("#agenda-chosen li[data-id='" + id(agenda.get(1)) + "'] button[data-move=up]").click();
		paul.find("#schedule-session button[type=submit]").click();

		paul.wait(BrowserSession.WAIT).until(d -> "session".equals(paul.find("#page").getAttribute("data-rendered"))
				&& !paul.all("#session[data-session-id]").isEmpty());
		String session = paul.find("#session").getAttribute("data-session-id");
		JsonNode scheduled = sessionOf(session);
		assertThat(scheduled.path("title").asString()).isEqualTo(title);
		assertThat(scheduled.path("facilitator").asString()).isEqualTo("paul");
		assertThat(scheduled.path("agenda").valueStream().map(JsonNode::asString))
			.as("the second item was moved up before scheduling").containsExactly(id(agenda.get(1)), id(agenda.get(0)));
		assertThat(scheduled.path("representatives").path("PAY-CHECKOUT").valueStream().map(JsonNode::asString))
			.containsExactly("tess");

		String edited = title + " (edited)";
		paul.find("#plan-edit > summary").click();
		paul.find("#plan-title").clear();
		paul.find("#plan-title").sendKeys(edited);
		paul.find("#edit-session button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#session-title").getText().equals(edited));
		assertThat(sessionOf(session).path("title").asString()).isEqualTo(edited);

		BrowserSession tess = BrowserSession.of("tess");
		tess.open("session/" + session);
		for (BrowserSession browser : new BrowserSession[] { paul, tess }) {
			browser.wait(BrowserSession.WAIT).until(d -> "connected".equals(browser.find("#live").getAttribute("data-live")));
		}
		tess.script("window.__before = true");

		String estimated = id(agenda.get(1));
		String entry = "#agenda li[data-id='" + estimated + "'] ";
		decide(estimated, "ESTIMATED", null, null);
		paul.wait(BrowserSession.WAIT).until(d -> paul.find(entry + "form.decide .field-error").isDisplayed());
		assertThat(paul.find(entry + "form.decide .field-error").getText()).contains("required when kind is ESTIMATED");
		assertThat(paul.find(entry + "input[name=estimate]").getAttribute("aria-invalid")).isEqualTo("true");
		decide(estimated, "ESTIMATED", "estimate", "5");
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#outcomes").getText().contains("estimated (5 pts)"));

		String clarified = id(agenda.get(0));
		String note = "Refunds go back to the original card " + suffix();
		decide(clarified, "CLARIFIED", "note", note);

		tess.wait(BrowserSession.WAIT).until(d -> tess.find("#outcomes").getText().contains(note));
		assertThat(tess.script("return window.__before")).as("updated without a reload").isEqualTo(true);
		assertThat(tess.find("#outcomes").getText()).contains("estimated (5 pts)").contains("clarified").contains("paul");
		assertThat(tess.find("#session-title").getText()).isEqualTo(edited);
		assertThat(PlatformClient.json(api.get("/api/backlog/items/" + estimated)).path("estimate").asDouble())
			.isEqualTo(5.0);
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#outcomes").getText().contains(note));
		paul.screenshot("session-workspace");

		decide(clarified, "SPLIT", "children", "Refund to the card\nRefund as a voucher");
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#outcomes").getText().contains("split into"));
		tess.wait(BrowserSession.WAIT).until(d -> tess.find("#outcomes").getText().contains("split into"));

		paul.find("#close-session").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#summary-markdown").isEmpty());
		String markdown = paul.find("#summary-markdown").getText();
		assertThat(markdown).startsWith("# " + edited)
			.contains("## Teams represented (2 of")
			.contains("- PAY-CHECKOUT: tess")
			.contains("- PAY-LEDGER: theo")
			.contains("- estimated: 1")
			.contains("- clarified: 1")
			.contains("- " + agenda.get(1).path("key").asString() + " ")
			.contains(": 5 pts")
			.contains(note)
			.contains("- split: 1")
			.contains(agenda.get(0).path("key").asString() + " ").contains("into 2 parts")
			.contains("Refund to the card").contains("Refund as a voucher")
			.contains("## Made ready in the session").contains("## Ready for planning now");
		String ready = paul.find("#summary-ready").getText();
		for (JsonNode item : agenda) {
			String key = item.path("key").asString();
			boolean isReady = "READY".equals(PlatformClient.json(api.get("/api/backlog/items/" + id(item))).path("status")
				.asString());
			assertThat(ready.contains(key)).as("%s listed as ready for planning now: %s", key, ready).isEqualTo(isReady);
		}
		assertThat(paul.find("#summary-teams").getText()).contains("PAY-CHECKOUT: tess").contains("PAY-LEDGER: theo");
		assertThat(sessionOf(session).path("status").asString()).isEqualTo("CLOSED");
		assertThat(paul.find("#session-over").getText()).contains("the session is closed");
		WebElement decide = paul.find(entry + "button[data-action=SPLIT]");
		assertThat(decide.isEnabled()).isFalse();
		assertThat(decide.getAttribute("aria-describedby")).isEqualTo("session-over");

		paul.find("#copy-summary").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.find("#copy-status").getText().isBlank());
		tess.wait(BrowserSession.WAIT).until(d -> !tess.all("#session-over").isEmpty());
		assertThat(paul.consoleErrors(message -> message.contains("/outcomes") && message.contains("status of 400")
				|| BrowserSession.optionalReadNotFound(message))).isEmpty();
		assertThat(tess.consoleErrors()).isEmpty();
	}

	@Test
	void a_session_cancelled_with_a_reason_says_so_and_its_controls_are_disabled_because_it_is_closed() {
		String session = scheduleSession();
		paul.open("session/" + session);
		paul.find("#cancel-details > summary").click();
		paul.find("#cancel-reason").sendKeys("Half the teams are at the offsite");
		paul.find("#cancel-session").click();

		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#session-over").isEmpty());
		assertThat(paul.find("#session-over").getText()).contains("the session is closed")
			.contains("cancelled: Half the teams are at the offsite");
		assertThat(paul.find("#session-status").getText()).isEqualTo("cancelled");
		assertThat(paul.all("#agenda button[data-action]")).isNotEmpty().noneMatch(WebElement::isEnabled);
		assertThat(paul.all("#close-session")).as("nothing left to close").isEmpty();
		JsonNode cancelled = sessionOf(session);
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("ending").path("cancelReason").asString()).isEqualTo("Half the teams are at the offsite");
		assertThat(paul.find("#session-list li[data-id='" + session + "']").getText()).contains("cancelled");
		assertThat(paul.consoleErrors()).isEmpty();
	}

	@Test
	void vic_who_only_views_the_product_sees_the_session_controls_disabled_with_the_reason_and_a_refusal_still_says_why() {
		String session = scheduleSession();
		BrowserSession vic = BrowserSession.of("vic");
		vic.open("session/" + session);

		assertThat(vic.find("#session-denied-decide").getText()).as("her access says so before any click")
			.contains("You may not record outcomes in this session").contains("Viewers of PAY cannot record outcomes");
		assertThat(vic.all("#agenda button[data-action]")).isNotEmpty().noneMatch(WebElement::isEnabled);
		assertThat(vic.find("#agenda button[data-action=ESTIMATED]").getAttribute("aria-describedby"))
			.isEqualTo("session-denied-decide");
		assertThat(vic.find("#session-denied-steer").getText()).contains("Viewers of PAY cannot edit, cancel or close");
		assertThat(vic.find("#close-session").isEnabled()).isFalse();

		// The server stays the judge: were the page's picture of her access out of date, its refusal says why.
		vic.act(() -> {
			vic.script("document.querySelectorAll('#outcome-form [disabled]').forEach(control => control.disabled = false)");
			vic.find("#outcome-note").clear();
			vic.find("#outcome-note").sendKeys("A viewer's note");
			vic.find("#outcome-form button[type=submit]").click();
		});
		vic.wait(BrowserSession.WAIT).until(d -> vic.find("#session-denied-decide").getText().contains("Only the facilitator"));
		assertThat(vic.all("#agenda button[data-action]")).isNotEmpty().noneMatch(WebElement::isEnabled);
		assertThat(sessionOf(session).path("outcomes").isEmpty()).isTrue();
		assertThat(vic.consoleErrors(message -> message.contains("/outcomes") && message.contains("status of 403")))
			.isEmpty();
	}

	@Test
	void at_390_px_the_schedule_form_and_the_workspace_fit_the_screen() {
		String session = scheduleSession();
		try {
			paul.driver.manage().window().setSize(new Dimension(390, 844));
			paul.open("session/new");
			paul.find("#agenda-filter").sendKeys("a");
			assertFits();
			paul.open("session/" + session);
			paul.all("#session details > summary").forEach(WebElement::click);
			paul.all("#agenda button[data-action=SPLIT]").get(0).click();
			assertFits();
			assertThat(paul.consoleErrors()).isEmpty();
			paul.screenshot("session-workspace-phone");
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
		}
	}

	/**
	 * Opens the decision of one kind about an agenda item (unless open), fills one field and
	 * records it: done again as a whole when a live update re-rendered the agenda meanwhile.
	 */
	private void decide(String itemId, String kind, String field, String value) {
		String entry = "#agenda li[data-id='" + itemId + "'] ";
		paul.act(() -> {
			WebElement action = paul.find(entry + "button[data-action=" + kind + "]");
			if (!"true".equals(action.getAttribute("aria-expanded"))) {
				action.click();
			}
			if (field != null) {
				WebElement input = paul.find(entry + "form.decide [name=" + field + "]");
				input.clear();
				input.sendKeys(value);
			}
			paul.find(entry + "form.decide button[type=submit]").click();
		});
	}

	private void addToAgenda(JsonNode item) {
		WebElement filter = paul.find("#agenda-filter");
		filter.clear();
		filter.sendKeys(item.path("key").asString());
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#agenda-matches button[data-add='" + id(item) + "']").isEmpty());
		paul.find("#agenda-matches button[data-add='" + id(item) + "']").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#agenda-chosen li[data-id='" + id(item) + "']").isEmpty());
	}

	private void assertFits() {
		assertThat(paul.overflowing()).as("no sideways scroll, nothing reaching past its container at 390 px").isEmpty();
	}

	/** Open stories of PAY further down the backlog than the other dashboard tests reach. */
	private List<JsonNode> backlogItems(int from, int count) {
		JsonNode page = PlatformClient.json(api.get("/api/backlog/products/PAY/items?type=STORY&size=" + (from + count)));
		return page.path("content").valueStream().skip(from).limit(count).toList();
	}

	/** A fresh session of two PAY teams, so each test owns what it changes. */
	private String scheduleSession() {
		String agenda = String.join(",", backlogItems(24, 2).stream().map(item -> "\"" + id(item) + "\"").toList());
		var created = api.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Session %s","startsAt":"2026-12-15T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":[%s]}"""
			.formatted(suffix(), agenda));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

	private JsonNode sessionOf(String id) {
		return PlatformClient.json(api.get("/api/backlog/refinement-sessions/" + id));
	}

	private static String id(JsonNode item) {
		return item.path("id").asString();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
