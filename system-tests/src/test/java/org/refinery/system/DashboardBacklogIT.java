package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reordering and editing the shared backlog in the browser persist through the gateway, and
 * a stale edit shows what someone else changed instead of overwriting it.
 */
class DashboardBacklogIT {

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@Test
	void a_row_dragged_by_its_handle_above_another_is_ranked_before_it_after_a_reload() {
		paul.open("backlog");
		List<WebElement> rows = paul.all("#backlog > li");
		WebElement first = rows.get(0);
		WebElement third = rows.get(2);
		String moved = third.getAttribute("data-id");
		String target = first.getAttribute("data-id");

		new Actions(paul.driver).clickAndHold(third.findElement(org.openqa.selenium.By.cssSelector(".handle")))
			.moveToElement(rows.get(1))
			.moveToElement(first, 0, -first.getSize().getHeight() / 4)
			.release()
			.perform();

		paul.wait(BrowserSession.WAIT).until(d -> moved.equals(paul.all("#backlog > li").get(0).getAttribute("data-id")));
		List<String> persisted = rankedIds();
		assertThat(persisted.indexOf(moved)).isLessThan(persisted.indexOf(target));
		paul.open("backlog");
		assertThat(paul.all("#backlog > li").get(0).getAttribute("data-id")).isEqualTo(moved);
		assertThat(paul.consoleErrors()).isEmpty();
	}

	@Test
	void alt_arrow_down_on_a_focused_row_moves_it_below_its_neighbour() {
		paul.open("backlog");
		List<WebElement> rows = paul.all("#backlog > li");
		String moved = rows.get(4).getAttribute("data-id");
		String neighbour = rows.get(5).getAttribute("data-id");

		rows.get(4).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));

		paul.wait(BrowserSession.WAIT).until(d -> moved.equals(paul.all("#backlog > li").get(5).getAttribute("data-id")));
		List<String> persisted = rankedIds();
		assertThat(persisted.indexOf(moved)).isEqualTo(persisted.indexOf(neighbour) + 1);
		assertThat(paul.driver.switchTo().activeElement().getAttribute("data-id")).as("focus stays on the row")
			.isEqualTo(moved);
		assertThat(paul.find("#announce").getText()).contains("moved after");
	}

	@Test
	void an_edit_of_an_item_someone_else_changed_meanwhile_shows_the_412_with_their_change() {
		paul.open("backlog");
		WebElement row = paul.all("#backlog > li").get(7);
		String id = row.getAttribute("data-id");
		row.click();
		paul.wait(BrowserSession.WAIT).until(d -> id.equals(paul.find("#item-panel").getAttribute("data-item-id")));
		JsonNode current = PlatformClient.json(api.get("/api/backlog/items/" + id));
		String theirs = "Changed elsewhere " + UUID.randomUUID().toString().substring(0, 8);
		var changed = api.patch("/api/backlog/items/" + id, "{\"title\":\"" + theirs + "\"}",
				current.path("version").asLong());
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		WebElement title = paul.find("#edit-title");
		title.clear();
		title.sendKeys("My stale edit");
		paul.find("#item-panel form button[type=submit]").click();

		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#conflict").isDisplayed());
		assertThat(paul.find("#conflict").getText()).contains("Someone else changed")
			.contains("version " + current.path("version").asLong()).contains(theirs).contains("was not saved");
		assertThat(PlatformClient.json(api.get("/api/backlog/items/" + id)).path("title").asString()).isEqualTo(theirs);
		assertThat(paul.consoleErrors(message -> BrowserSession.optionalReadNotFound(message)
				|| message.contains("/api/backlog/items/" + id) && message.contains("status of 412"))).isEmpty();
		paul.screenshot("backlog-conflict");
	}

	private List<String> rankedIds() {
		JsonNode page = PlatformClient.json(api.get("/api/backlog/products/PAY/items?size=500"));
		return page.path("content").valueStream().map(item -> item.path("id").asString()).toList();
	}

}
