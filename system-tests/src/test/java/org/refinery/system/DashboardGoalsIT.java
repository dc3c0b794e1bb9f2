package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals page and goal links in the browser, through the gateway: pia, a portfolio manager,
 * creates an objective and a theme under it, sees the theme nested under its objective, moves a
 * key result on and finds the change at the top of the objective's history; the page fits a 390 px
 * screen; paul, who owns PAY, links a backlog item to a product goal from the item panel and sees
 * the goal in the panel, and unlinks an item from the goals page, after which the link's history
 * says he did; vic, who only views PAY, finds the goal controls and "Unlink" disabled with the
 * reason. What is made here is retired or removed afterwards.
 */
class DashboardGoalsIT {

	private static final String PAYOUTS = "Launch instant payouts in the EU";

	private final BrowserSession pia = BrowserSession.of("pia");

	private final PlatformClient strategist = SharedPlatform.as("pia");

	private final PlatformClient owner = SharedPlatform.as("paul");

	@Test
	void pia_creates_an_objective_and_a_theme_under_it_sees_them_nested_and_moves_a_key_result_on() {
		String objective = "Grow the margin " + System.nanoTime();
		String theme = "Cheaper card payments " + System.nanoTime();
		try {
			pia.open("goals");
			String objectiveId = create("OBJECTIVE", objective, () -> {
				pia.find("#goal-owner").sendKeys("pia");
				pia.find("#goal-key-results").sendKeys("Gross margin %; 20; 30; 22");
			}).path("id").asString();

			JsonNode created = create("THEME", theme,
					() -> new Select(pia.find("#goal-parent")).selectByValue(objectiveId));
			assertThat(created.path("parentId").asString()).isEqualTo(objectiveId);
			String nested = "#goal-tree > li[data-goal-id='" + objectiveId + "'] > ul > li[data-goal-id='"
					+ created.path("id").asString() + "']";
			assertThat(pia.text(nested)).contains(theme).contains("theme");
			String node = "#goal-tree > li[data-goal-id='" + objectiveId + "']";
			assertThat(pia.text(node + " > .key-results")).contains("Gross margin %: 22 of 30 (from 20)");

			long before = goal("OBJECTIVE", objective).path("version").asLong();
			String form = "#goal-edit-" + shortId(objectiveId);
			pia.act(() -> {
				pia.find(node + " > details > summary").click();
				pia.find(form + " textarea").clear();
				pia.find(form + " textarea").sendKeys("Gross margin %; 20; 30; 25");
				pia.find(form + " button[type=submit]").click();
			});
			pia.wait(BrowserSession.WAIT).until(d -> pia.text(node + " > .key-results").contains("Gross margin %: 25 of 30"));
			JsonNode edited = goal("OBJECTIVE", objective);
			assertThat(edited.path("keyResults").get(0).path("current").asDouble()).isEqualTo(25.0);
			assertThat(edited.path("version").asLong()).as("saved from the version shown").isEqualTo(before + 1);
			assertThat(pia.find(node + " > .key-results progress").getAttribute("value")).isEqualTo("0.5");

			String history = "#goal-history-" + shortId(objectiveId);
			expand(pia, history);
			pia.wait(BrowserSession.WAIT).until(d -> pia.all(history + " .history-list > li").size() == 2);
			assertThat(pia.text(history + " .history-list > li:first-child")).as("newest first")
				.contains("version " + (before + 1)).contains("pia").contains("updated")
				.contains("key results: Gross margin %: 22 of 30 (from 20) → Gross margin %: 25 of 30 (from 20)");
			assertThat(pia.text(history + " .history-list > li:last-child")).contains("version 1").contains("created");
			assertThat(pia.consoleErrors()).isEmpty();

			pia.driver.manage().window().setSize(new Dimension(390, 844));
			pia.open("goals");
			expand(pia, history);
			expand(pia, goalLinks(objectiveId));
			pia.wait(BrowserSession.WAIT).until(d -> pia.all(history + " .history-list > li").size() == 2
					&& pia.text(goalLinks(objectiveId)).contains("No item of a product you can see"));
			assertThat(pia.overflowing()).as("goals at 390 px, a goal's history and items open").isEmpty();
		}
		finally {
			pia.driver.manage().window().setSize(new Dimension(1400, 1000));
			retire("THEME", theme);
			retire("OBJECTIVE", objective);
		}
	}

	@Test
	void vic_finds_the_goal_controls_disabled_with_the_reason() {
		BrowserSession vic = BrowserSession.of("vic");
		vic.open("goals");
		assertThat(vic.text("#goals-denied")).contains("Only portfolio managers and administrators set objectives and themes");
		assertThat(vic.find("#goal-title").isEnabled()).isFalse();
		assertThat(vic.find("#goal-title").getAttribute("aria-describedby")).isEqualTo("goals-denied");
		assertThat(vic.consoleErrors()).isEmpty();
	}

	@Test
	void paul_links_a_backlog_item_to_a_product_goal_from_the_item_panel_and_sees_the_goal_there() {
		BrowserSession paul = BrowserSession.of("paul");
		String goalId = payouts();
		paul.open("backlog");
		List<String> ids = paul.all("#backlog > li").stream().map(li -> li.getAttribute("data-id")).toList();
		String id = ids.stream().filter(item -> linkTo(owner, item, goalId) == null).findFirst().orElseThrow();
		try {
			paul.act(() -> paul.find("#backlog > li[data-id='" + id + "']").click());
			paul.awaitItemPanel(id);
			paul.act(() -> paul.find("#link-goal-details > summary").click());
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#link-goal option[value='" + goalId + "']").isEmpty());
			paul.act(() -> {
				new Select(paul.find("#link-goal")).selectByValue(goalId);
				paul.find("#link-rationale").sendKeys("Payouts need the faster settlement this item brings");
				paul.find("#link-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#item-goals li[data-goal-id='" + goalId + "']").isEmpty());
			assertThat(paul.text("#item-goals li[data-goal-id='" + goalId + "']")).contains(PAYOUTS)
				.contains("Payouts need the faster settlement");
			assertThat(linkTo(owner, id, goalId)).isNotNull();
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			unlinkIfLinked(owner, id, goalId);
		}
	}

	@Test
	void paul_unlinks_an_item_on_the_goals_page_and_the_links_history_says_he_did() {
		BrowserSession paul = BrowserSession.of("paul");
		ItemLink link = linkAnItemToPayouts("Faster settlement makes payouts instant");
		try {
			String entry = showOnGoalsPage(paul, link);
			assertThat(paul.text(entry)).contains(link.item().path("key").asString())
				.contains(link.item().path("title").asString())
				.contains("Why: Faster settlement makes payouts instant");
			String linkHistory = "#link-history-" + shortId(link.id());
			expand(paul, linkHistory);
			paul.wait(BrowserSession.WAIT).until(d -> paul.text(linkHistory).contains("linked"));

			paul.act(() -> paul.find(entry + " button.unlink").sendKeys(Keys.ENTER));
			String unlinked = goalLinks(link.goalId()) + " .unlinked[data-link-id='" + link.id() + "']";
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(unlinked).isEmpty());
			assertThat(paul.all(entry)).isEmpty();
			assertThat(linkTo(owner, link.itemId(), link.goalId())).as("no active link any more").isNull();
			JsonNode newest = PlatformClient.json(owner.get("/api/alignment/links/" + link.id() + "/history"))
				.path("content").get(0);
			assertThat(newest.path("action").asString()).isEqualTo("UNLINKED");
			assertThat(newest.path("actor").path("username").asString()).isEqualTo("paul");
			expand(paul, unlinked + " details");
			paul.wait(BrowserSession.WAIT).until(d -> paul.text(unlinked + " .history-list > li:first-child").contains("unlinked"));
			assertThat(paul.text(unlinked + " .history-list > li:first-child")).contains("paul").contains("version 2");

			paul.open("backlog/" + link.itemId());
			paul.awaitItemPanel(link.itemId());
			assertThat(paul.all("#item-goals li[data-goal-id='" + link.goalId() + "']")).as("the item panel no longer lists it")
				.isEmpty();
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			unlinkIfLinked(owner, link.itemId(), link.goalId());
		}
	}

	@Test
	void vic_finds_unlink_disabled_with_the_reason() {
		BrowserSession vic = BrowserSession.of("vic");
		ItemLink link = linkAnItemToPayouts("Vic may read this, not undo it");
		try {
			String entry = showOnGoalsPage(vic, link);
			String reason = "unlink-denied-" + shortId(link.id());
			assertThat(vic.find(entry + " button.unlink").isEnabled()).isFalse();
			assertThat(vic.text("#" + reason))
				.contains("Only product owners of PAY and portfolio managers link its items to goals");
			assertThat(vic.find(entry + " button.unlink").getAttribute("aria-describedby")).isEqualTo(reason);
			assertThat(vic.consoleErrors()).isEmpty();
		}
		finally {
			owner.delete("/api/alignment/links/" + link.id());
		}
	}

	/**
	 * Fills pia's new-goal form at a level ({@code fields} fills what that level needs besides the
	 * title), submits it, waits until the goal tree shows it and returns the goal as the API has it.
	 */
	private JsonNode create(String level, String title, Runnable fields) {
		pia.act(() -> {
			new Select(pia.find("#goal-level")).selectByValue(level);
			fields.run();
			pia.find("#goal-title").sendKeys(title);
			pia.find("#goal-form button[type=submit]").click();
		});
		pia.wait(BrowserSession.WAIT).until(d -> pia.text("#goal-tree").contains(title));
		return goal(level, title);
	}

	/**
	 * PAY's goals page with the items of the link's goal open, once it lists the link; returns the
	 * selector of the link's entry.
	 */
	private static String showOnGoalsPage(BrowserSession session, ItemLink link) {
		showGoalsOf(session, "PAY");
		String entry = goalLinks(link.goalId()) + " li[data-link-id='" + link.id() + "']";
		expand(session, goalLinks(link.goalId()));
		session.wait(BrowserSession.WAIT).until(d -> !session.all(entry).isEmpty());
		return entry;
	}

	/** The disclosure listing the items that serve a goal. */
	private static String goalLinks(String goalId) {
		return "#goal-links-" + shortId(goalId);
	}

	/** The dashboard names a goal's or a link's elements by the first 8 characters of its id. */
	private static String shortId(String id) {
		return id.substring(0, 8);
	}

	/** Opens a disclosure (a details element) unless it is open: a repeated click would close it. */
	private static void expand(BrowserSession session, String details) {
		session.act(() -> {
			if (session.find(details).getAttribute("open") == null) {
				session.find(details + " > summary").click();
			}
		});
	}

	/** The goals page with the product goals of {@code product}. */
	private static void showGoalsOf(BrowserSession session, String product) {
		session.open("goals");
		Select products = new Select(session.find("#product"));
		if (!product.equals(products.getFirstSelectedOption().getAttribute("value"))) {
			products.selectByValue(product);
			session.awaitRendered("goals");
		}
	}

	/** An item of PAY that does not serve the goal yet. */
	private static JsonNode unlinkedItem(PlatformClient owner, String goalId) {
		JsonNode items = PlatformClient.json(owner.get("/api/backlog/products/PAY/items?size=50"));
		return items.path("content").valueStream()
			.filter(i -> !"REMOVED".equals(i.path("status").asString()) && !"DONE".equals(i.path("status").asString()))
			.filter(i -> linkTo(owner, i.path("id").asString(), goalId) == null)
			.findFirst().orElseThrow();
	}

	/** paul links an item of PAY that does not serve the payouts goal yet to it, through the API. */
	private ItemLink linkAnItemToPayouts(String rationale) {
		String goalId = payouts();
		JsonNode item = unlinkedItem(owner, goalId);
		var created = owner.post("/api/alignment/links", """
				{"itemId":"%s","goalId":"%s","rationale":"%s"}""".formatted(item.path("id").asString(), goalId, rationale));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return new ItemLink(goalId, item, PlatformClient.json(created).path("id").asString());
	}

	/** The id of PAY's product goal in the demo data that items are linked to and unlinked from. */
	private String payouts() {
		return goal("PRODUCT_GOAL", PAYOUTS).path("id").asString();
	}

	private JsonNode goal(String level, String title) {
		JsonNode page = PlatformClient.json(strategist.get("/api/alignment/goals?size=500&level=" + level));
		return page.path("content").valueStream().filter(g -> g.path("title").asString().equals(title)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + level + " titled " + title));
	}

	private void retire(String level, String title) {
		JsonNode page = PlatformClient.json(strategist.get("/api/alignment/goals?size=500&level=" + level));
		page.path("content").valueStream().filter(g -> g.path("title").asString().equals(title))
			.forEach(g -> strategist.patch("/api/alignment/goals/" + g.path("id").asString(), "{\"status\":\"RETIRED\"}",
					g.path("version").asLong()));
	}

	/** Clean-up: removes the item's link to the goal if a test left one. */
	private static void unlinkIfLinked(PlatformClient owner, String itemId, String goalId) {
		JsonNode link = linkTo(owner, itemId, goalId);
		if (link != null) {
			owner.delete("/api/alignment/links/" + link.path("id").asString());
		}
	}

	private static JsonNode linkTo(PlatformClient client, String itemId, String goalId) {
		JsonNode links = PlatformClient.json(client.get("/api/alignment/links?itemId="
				+ URLEncoder.encode(itemId, StandardCharsets.UTF_8)));
		return links.path("content").valueStream().filter(l -> l.path("goalId").asString().equals(goalId)).findFirst()
			.orElse(null);
	}

	/** A link a test made: the goal, the item as PAY's backlog lists it, and the link's id. */
	private record ItemLink(String goalId, JsonNode item, String id) {

		String itemId() {
			return item.path("id").asString();
		}

	}

}
