package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the backlog, acting on several items at once and reading a team's ready-for-planning
 * view in the browser: the search finds an item by a word of its acceptance criteria, a bulk
 * assignment changes both selected items, the ready view lists a team's READY items against its
 * throughput, and all of it fits a 390 px wide phone.
 */
class DashboardSearchIT {

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@Test
	void a_word_of_an_items_acceptance_criteria_finds_it() {
		String word = "Quokka" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
		String id = add("Refund to the original card", "PAY-CHECKOUT", "The customer sees the " + word + " receipt");
		paul.open("backlog");

		paul.find("#backlog-search").sendKeys(word.toLowerCase());

		paul.wait(BrowserSession.WAIT).until(d -> rowIds().equals(List.of(id)));
		assertThat(paul.find("#backlog").getAttribute("data-q")).isEqualTo(word.toLowerCase());
		assertThat(paul.text("#backlog-total")).as("the total the API counted").isEqualTo("1 item");
		paul.find("#backlog-search").clear();
		paul.find("#backlog-search").sendKeys("ab");
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#backlog-search-error").isDisplayed());
		assertThat(paul.text("#backlog-search-error")).contains("at least 3 characters");
		assertThat(paul.consoleErrors(message -> message.contains("status of 400")
				|| BrowserSession.optionalReadNotFound(message))).isEmpty();
	}

	@Test
	void two_selected_items_are_assigned_to_another_team_in_one_bulk_action() {
		String tag = "Bulk" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
		String first = add(tag + " first", "PAY-CHECKOUT", "works");
		String second = add(tag + " second", "PAY-CHECKOUT", "works");
		paul.open("backlog");
		paul.find("#backlog-search").sendKeys(tag);
		paul.wait(BrowserSession.WAIT).until(d -> rowIds().size() == 2);
		assertThat(paul.find("#bulk-apply").isEnabled()).as("nothing selected yet").isFalse();
		assertThat(paul.text("#bulk-why")).contains("Select items first");

		paul.act(() -> {
			paul.all("#backlog > li .pick").forEach(WebElement::click);
			paul.find("#bulk-action option[value=ASSIGN_TEAM]").click();
			paul.find("#bulk-team option[value='PAY-LEDGER']").click();
		});
		assertThat(paul.text("#bulk-count")).isEqualTo("2 selected");
		paul.find("#bulk-apply").click();

		paul.wait(BrowserSession.WAIT).until(d -> "PAY-LEDGER".equals(item(first).path("teamKey").asString())
				&& "PAY-LEDGER".equals(item(second).path("teamKey").asString()));
		paul.wait(BrowserSession.WAIT).until(d -> paul.text("#announce").contains("2 items changed"));
		assertThat(paul.problemShown()).isEmpty();
		paul.screenshot("backlog-bulk");
	}

	@Test
	void the_ready_view_lists_a_teams_ready_items_with_their_points_against_its_throughput() {
		String id = add("Ready for the next Sprint " + UUID.randomUUID().toString().substring(0, 6), "PAY-CHECKOUT",
				"works");
		for (String status : List.of("IN_REFINEMENT", "READY")) {
			var moved = api.post("/api/backlog/items/" + id + "/status", "{\"status\":\"" + status + "\"}");
			assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		}
		paul.open("backlog");

		paul.find("#tab-ready").click();
		paul.find("#ready-team option[value='PAY-CHECKOUT']").click();

		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#ready-list li[data-id='" + id + "']").isEmpty());
		assertThat(paul.text("#ready-throughput")).containsAnyOf("Median throughput", "finished nothing");
		assertThat(paul.text("#ready-list li[data-id='" + id + "']")).contains("3 pts").contains("pts so far");
		assertThat(paul.find("#backlog-tab").isDisplayed()).isFalse();
		assertThat(paul.consoleErrors(BrowserSession::optionalReadNotFound)).isEmpty();
	}

	@Test
	void at_390_px_the_search_the_bulk_bar_and_the_ready_view_fit_the_screen() {
		try {
			paul.driver.manage().window().setSize(new Dimension(390, 844));
			paul.open("backlog");
			paul.find("#backlog-search").sendKeys("pay");
			paul.wait(BrowserSession.WAIT).until(d -> "pay".equals(paul.find("#backlog").getAttribute("data-q")));
			paul.act(() -> paul.all("#backlog > li .pick").stream().limit(2).forEach(WebElement::click));
			assertThat(paul.overflowing()).as("the backlog with its search and bulk bar at 390 px").isEmpty();

			paul.find("#tab-ready").click();
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#ready-throughput").isEmpty());
			assertThat(paul.overflowing()).as("the ready view at 390 px").isEmpty();
			assertThat(paul.consoleErrors(BrowserSession::optionalReadNotFound)).isEmpty();
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
		}
	}

	private String add(String title, String team, String criterion) {
		var created = api.post("/api/backlog/products/PAY/items", """
				{"type":"STORY","title":"%s","description":"Asked for by the support team","teamKey":"%s",
				 "estimate":3,"acceptanceCriteria":["%s"]}"""
			.formatted(title, team, criterion));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

	@SuppressWarnings("unchecked")
	private List<String> rowIds() {
		return (List<String>) paul.script("return [...document.querySelectorAll('#backlog > li[data-id]')].map(li => li.dataset.id)");
	}

	private JsonNode item(String id) {
		return PlatformClient.json(api.get("/api/backlog/items/" + id));
	}

}
