package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An outcome recorded in one participant's browser appears live in another's, through the gateway's SSE route. */
class DashboardLiveSessionIT {

	@Test
	void an_outcome_recorded_by_one_participant_appears_live_in_a_second_browser() {
		BrowserSession paul = BrowserSession.of("paul");
		BrowserSession tess = BrowserSession.of("tess");
		String session = scheduleSession();
		for (BrowserSession browser : new BrowserSession[] { paul, tess }) {
			browser.open("session/" + session);
			browser.wait(BrowserSession.WAIT)
				.until(d -> "connected".equals(browser.find("#live").getAttribute("data-live")));
		}
		tess.script("window.__before = true");
		String note = "Agreed live " + UUID.randomUUID().toString().substring(0, 8);

		new Select(paul.find("#outcome-kind")).selectByValue("CLARIFIED");
		paul.find("#outcome-note").sendKeys(note);
		paul.find("form[aria-label='Record an outcome'] button[type=submit]").click();

		tess.wait(BrowserSession.WAIT).until(d -> tess.find("#outcomes").getText().contains(note));
		assertThat(tess.script("return window.__before")).as("updated without a reload").isEqualTo(true);
		assertThat(tess.find("#outcomes").getText()).contains("clarified").contains("paul");
		assertThat(tess.find("#page").getText()).contains("Participating teams").contains("PAY-CHECKOUT")
			.contains("Agenda");
		assertThat(paul.consoleErrors()).isEmpty();
		assertThat(tess.consoleErrors()).isEmpty();
		tess.screenshot("session");
	}

	/** A fresh session of two PAY teams with tess representing one, so the test owns its outcomes. */
	private static String scheduleSession() {
		PlatformClient api = SharedPlatform.as("paul");
		JsonNode items = PlatformClient.json(api.get("/api/backlog/products/PAY/items?size=3"));
		String agenda = String.join(",", items.path("content").valueStream()
			.map(item -> "\"" + item.path("id").asString() + "\"").toList());
		var created = api.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Live refinement %s","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":[%s]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6), agenda));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

}
