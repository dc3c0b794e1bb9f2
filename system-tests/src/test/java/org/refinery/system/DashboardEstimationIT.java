package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An estimation round across three browsers (issue 18): two representatives vote without seeing
 * each other's value, the facilitator reveals, everyone sees both votes with their spread, and the
 * agreed value is recorded on the item; who is present shows live and drops whoever left. The
 * workspace with a revealed round fits a 390 px screen.
 */
class DashboardEstimationIT {

	@Test
	void two_representatives_vote_unseen_the_facilitator_reveals_and_records_and_presence_follows_who_is_there() {
		BrowserSession paul = BrowserSession.of("paul");
		BrowserSession tess = BrowserSession.of("tess");
		BrowserSession theo = BrowserSession.of("theo");
		String item = newItem();
		String session = scheduleSession(item);
		String round = "#round-" + item;
		for (BrowserSession browser : List.of(paul, tess, theo)) {
			browser.open("session/" + session);
			browser.wait(BrowserSession.WAIT)
				.until(d -> "connected".equals(browser.find("#live").getAttribute("data-live")));
		}
		paul.wait(BrowserSession.WAIT).until(d -> paul.text("#presence-people").contains("tess")
				&& paul.text("#presence-people").contains("theo"));
		assertThat(paul.text("#presence")).contains("PAY-CHECKOUT").contains("PAY-LEDGER")
			.doesNotContain("Nobody present for");

		paul.act(() -> paul.find("#round-start-" + item).click());
		vote(tess, round, "3");
		vote(theo, round, "8");

		for (BrowserSession browser : List.of(paul, tess, theo)) {
			browser.wait(BrowserSession.WAIT).until(d -> browser.text(round).contains("2 of 3 voted"));
		}
		assertThat(tess.text(round)).contains("You voted 3 pts").doesNotContain("8 pts");
		assertThat(theo.text(round)).contains("You voted 8 pts").doesNotContain("3 pts");
		assertThat(paul.text(round)).doesNotContain("3 pts").doesNotContain("8 pts");
		assertThat(paul.find("#round-reveal-" + item).isEnabled()).isTrue();
		assertThat(tess.find("#round-reveal-" + item).isEnabled()).as("only the facilitator reveals").isFalse();

		paul.act(() -> paul.find("#round-reveal-" + item).click());

		for (BrowserSession browser : List.of(paul, tess, theo)) {
			browser.wait(BrowserSession.WAIT).until(d -> browser.text(round).contains("tess: 3 pts")
					&& browser.text(round).contains("theo: 8 pts"));
			assertThat(browser.text(round)).contains("min 3 · median 5.5 · max 8");
		}
		assertThat(paul.find(round + " form.agreed input[name=estimate]").getAttribute("value")).isEqualTo("5.5");
		paul.act(() -> {
			var agreed = paul.find(round + " form.agreed input[name=estimate]");
			agreed.clear();
			agreed.sendKeys("5");
			paul.find(round + " form.agreed button[type=submit]").click();
		});
		String head = "#agenda li[data-id='" + item + "'] .agenda-head";
		for (BrowserSession browser : List.of(paul, tess)) {
			browser.wait(BrowserSession.WAIT).until(d -> browser.text(head).contains("5 pts"));
		}
		assertThat(tess.text("#outcomes")).contains("estimated (5 pts)");

		theo.open("backlog");
		paul.wait(BrowserSession.WAIT).until(d -> !paul.text("#presence-people").contains("theo"));
		assertThat(paul.text("#presence-absent")).contains("PAY-LEDGER");
		assertThat(paul.text("#presence-people")).contains("tess");
		for (BrowserSession browser : List.of(paul, tess, theo)) {
			assertThat(browser.consoleErrors()).isEmpty();
		}
		paul.screenshot("session-estimation");
		fitsAPhone(paul, session);
	}

	private static void vote(BrowserSession browser, String round, String points) {
		browser.act(() -> {
			var input = browser.find(round + " form.vote input[name=points]");
			input.clear();
			input.sendKeys(points);
			browser.find(round + " form.vote button[type=submit]").click();
		});
		browser.wait(BrowserSession.WAIT).until(d -> browser.text(round).contains("You voted " + points + " pts"));
	}

	private static void fitsAPhone(BrowserSession paul, String session) {
		try {
			paul.driver().manage().window().setSize(new Dimension(390, 844));
			paul.open("session/" + session);
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#presence").contains("Present now"));
			assertThat(paul.overflowing()).as("the session workspace with a revealed round at 390 px").isEmpty();
		}
		finally {
			paul.driver().manage().window().setSize(new Dimension(1400, 1000));
		}
	}

	private static String newItem() {
		var created = SharedPlatform.as("paul").post("/api/backlog/products/PAY/items", """
				{"type":"STORY","title":"Estimate live %s","teamKey":"PAY-CHECKOUT"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

	/** A fresh session of two PAY teams, tess and theo representing them, paul facilitating. */
	private static String scheduleSession(String item) {
		var created = SharedPlatform.as("paul").post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Estimation %s","startsAt":"2026-12-01T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":["%s"]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6), item));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode session = PlatformClient.json(created);
		return session.path("id").asString();
	}

}
