package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies and the agenda's connecting actions in the browser, through the gateway: tess of
 * Checkout finds a Ledger item from her item's panel and identifies that her item needs it; she
 * may not acknowledge it (the prerequisite's team does), and vic, who only views PAY, may take no
 * step at all, each said beside the disabled buttons, and the server refuses her anyway; theo of
 * Ledger acknowledges and later resolves it from his item's panel; the panel fits a 390 px screen.
 * In a session, paul moves an agenda item to the top of the backlog, identifies a dependency on a
 * Ledger item and links an item to a goal right from the agenda: each records its outcome by
 * itself, and the closed session's summary lists them. What the tests move or link is put back.
 */
class DashboardDependenciesIT {

	private final PlatformClient owner = SharedPlatform.as("paul");

	@Test
	void tess_identifies_a_dependency_on_a_ledger_item_that_theo_acknowledges_and_resolves_while_vic_may_take_no_step() {
		JsonNode checkout = free("PAY-CHECKOUT", 1).getFirst();
		JsonNode ledger = free("PAY-LEDGER", 1).getFirst();
		BrowserSession tess = BrowserSession.of("tess");
		openPanel(tess, id(checkout));
		identify(tess, "#identify", ledger, "Refunds need the ledger's reversal entries");
		tess.wait(BrowserSession.WAIT).until(d -> !tess.all("#dependency-list li[data-status=IDENTIFIED]").isEmpty());

		JsonNode identified = dependenciesOf(id(checkout)).getFirst();
		assertThat(identified.path("prerequisiteItemId").asString()).isEqualTo(id(ledger));
		assertThat(identified.path("type").asString()).isEqualTo("BLOCKS");
		assertThat(identified.path("identifiedBy").asString()).isEqualTo("tess");
		assertThat(identified.path("note").asString()).isEqualTo("Refunds need the ledger's reversal entries");
		String dependency = identified.path("id").asString();
		String entry = "#dependency-list li[data-dependency-id='" + dependency + "'] ";
		tess.wait(BrowserSession.WAIT).until(d -> tess.text(entry).contains(ledger.path("title").asString()));
		assertThat(tess.text(entry)).startsWith("needs " + key(ledger)).contains("(PAY-LEDGER)").contains("blocks")
			.contains("identified");
		WebElement acknowledge = tess.find(entry + "button[data-step=ACKNOWLEDGED]");
		assertThat(acknowledge.isEnabled()).as("the prerequisite's team acknowledges").isFalse();
		assertThat(tess.text("#" + acknowledge.getAttribute("aria-describedby")))
			.contains("Only members of the prerequisite team PAY-LEDGER and product owners of PAY acknowledge or reject it");
		assertThat(tess.find(entry + "button[data-step=WITHDRAWN]").isEnabled()).as("her team may withdraw it").isTrue();
		assertThat(tess.consoleErrors()).isEmpty();

		BrowserSession vic = BrowserSession.of("vic");
		openPanel(vic, id(checkout));
		assertThat(vic.all(entry + "button[data-step]")).hasSize(4).noneMatch(WebElement::isEnabled);
		vic.act(() -> vic.find("#identify-details > summary").click());
		assertThat(vic.text("#identify-denied")).contains("Viewers of PAY cannot identify dependencies");
		assertThat(vic.find("#identify-q").isEnabled()).isFalse();
		vic.act(() -> {
			WebElement resolve = vic.find(entry + "button[data-step=RESOLVED]");
			vic.script("arguments[0].disabled = false", resolve);
			resolve.click();
		});
		vic.wait(BrowserSession.WAIT).until(d -> vic.text(entry + ".form-problem").contains("You may not do that"));
		assertThat(dependency(dependency).path("status").asString()).isEqualTo("IDENTIFIED");
		assertThat(vic.consoleErrors(message -> message.contains("status of 403")
				|| BrowserSession.optionalReadNotFound(message))).isEmpty();

		BrowserSession theo = BrowserSession.of("theo");
		openPanel(theo, id(ledger));
		assertThat(theo.text(entry)).startsWith("needed by " + key(checkout));
		step(theo, entry, dependency, "ACKNOWLEDGED");
		assertThat(dependency(dependency).path("statusChangedBy").asString()).isEqualTo("theo");
		step(theo, entry, dependency, "RESOLVED");
		assertThat(dependency(dependency).path("status").asString()).isEqualTo("RESOLVED");
		assertThat(theo.all(entry + "button[data-step]")).as("a resolved dependency is final").isEmpty();
		assertThat(theo.consoleErrors()).isEmpty();

		try {
			tess.driver.manage().window().setSize(new Dimension(390, 844));
			openPanel(tess, id(checkout));
			tess.act(() -> tess.find("#identify-details > summary").click());
			assertThat(tess.overflowing()).as("the item panel with its dependencies at 390 px").isEmpty();
			tess.screenshot("item-dependencies-phone");
		}
		finally {
			tess.driver.manage().window().setSize(new Dimension(1400, 1000));
		}
	}

	@Test
	void paul_moves_identifies_and_links_from_the_agenda_each_recording_its_outcome_which_the_summary_lists() {
		List<JsonNode> checkout = free("PAY-CHECKOUT", 2);
		JsonNode moved = checkout.get(0);
		JsonNode linked = checkout.get(1);
		JsonNode ledger = free("PAY-LEDGER", 1).getFirst();
		String goalTitle = "Launch instant payouts in the EU";
		String goalId = goalId(goalTitle);
		String predecessor = BacklogOrder.predecessorOf(owner, id(moved));
		String session = schedule(moved, linked);
		BrowserSession paul = BrowserSession.of("paul");
		try {
			paul.open("session/" + session);
			String movedEntry = "#agenda li[data-id='" + id(moved) + "'] ";
			String move = "#move-" + id(moved);
			action(paul, movedEntry, "MOVE");
			paul.act(() -> {
				new Select(paul.find(move + "-where")).selectByValue("top");
				paul.find(move + "-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#outcomes").contains("reordered"));
			assertThat(outcome(session, "REORDERED").path("itemId").asString()).isEqualTo(id(moved));
			assertThat(outcome(session, "REORDERED").path("note").asString()).startsWith("Moved to the top of the backlog");
			assertThat(id(PlatformClient.json(owner.get("/api/backlog/products/PAY/items?size=1")).path("content").get(0)))
				.isEqualTo(id(moved));
			paul.open("backlog");
			assertThat(paul.find("#backlog > li").getAttribute("data-id")).as("first in the backlog").isEqualTo(id(moved));

			paul.open("session/" + session);
			action(paul, movedEntry, "DEPENDENCY");
			identify(paul, "#dependency-" + id(moved), ledger, null);
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#outcomes").contains("dependency identified"));
			JsonNode identified = dependenciesOf(id(moved)).getFirst();
			assertThat(identified.path("prerequisiteItemId").asString()).isEqualTo(id(ledger));
			assertThat(identified.path("sessionId").asString()).isEqualTo(session);
			assertThat(outcome(session, "DEPENDENCY_IDENTIFIED").path("note").asString())
				.contains(key(moved) + " (PAY-CHECKOUT) needs " + key(ledger) + " (PAY-LEDGER)");

			String linkedEntry = "#agenda li[data-id='" + id(linked) + "'] ";
			String goal = "#goal-" + id(linked);
			action(paul, linkedEntry, "GOAL");
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(goal + "-goal option[value='" + goalId + "']").isEmpty());
			paul.act(() -> {
				new Select(paul.find(goal + "-goal")).selectByValue(goalId);
				paul.find(goal + "-rationale").clear();
				paul.find(goal + "-rationale").sendKeys("Payouts settle through this checkout step");
				paul.find(goal + "-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#outcomes").contains("goal linked"));
			assertThat(linkTo(id(linked), goalId)).isNotNull();
			assertThat(outcome(session, "GOAL_LINKED").path("note").asString()).contains(goalTitle)
				.contains("Payouts settle through this checkout step");

			paul.act(() -> paul.find("#close-session").click());
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#summary-markdown").contains("## New dependencies"));
			assertThat(paul.text("#summary-dependencies")).contains(key(moved)).contains(key(ledger));
			assertThat(paul.text("#summary-markdown")).contains("- reordered: 1").contains("- dependency identified: 1")
				.contains("- goal linked: 1").contains("## Linked to goals").contains(goalTitle)
				.contains("- " + key(moved) + " (PAY-CHECKOUT) needs " + key(ledger) + " (PAY-LEDGER), blocks · identified");
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			JsonNode link = linkTo(id(linked), goalId);
			if (link != null) {
				owner.delete("/api/alignment/links/" + link.path("id").asString());
			}
			dependenciesOf(id(moved)).forEach(d -> owner.patch("/api/dependencies/" + d.path("id").asString(),
					"{\"status\":\"WITHDRAWN\",\"reason\":\"Only a test\"}", d.path("version").asLong()));
			if (predecessor != null) {
				owner.post("/api/backlog/items/" + id(moved) + "/move", "{\"after\":\"" + predecessor + "\"}");
			}
		}
	}

	/** Searches the other item in the identify form `form` (its id prefix), picks it and sends the dependency. */
	private static void identify(BrowserSession browser, String form, JsonNode other, String note) {
		browser.act(() -> {
			if (form.equals("#identify") && browser.find("#identify-details").getAttribute("open") == null) {
				browser.find("#identify-details > summary").click();
			}
			new Select(browser.find(form + "-team")).selectByValue(other.path("teamKey").asString());
			browser.find(form + "-q").clear();
			browser.find(form + "-q").sendKeys(key(other));
			browser.find(form + "-search").click();
		});
		String pick = form + "-found button[data-pick='" + id(other) + "']";
		browser.wait(BrowserSession.WAIT).until(d -> !browser.all(pick).isEmpty());
		browser.act(() -> {
			browser.find(pick).click();
			if (note != null) {
				browser.find(form + "-note").clear();
				browser.find(form + "-note").sendKeys(note);
			}
			browser.find(form + "-form button[type=submit]").click();
		});
	}

	private static void step(BrowserSession browser, String entry, String dependency, String status) {
		browser.act(() -> browser.find(entry + "button[data-step=" + status + "]").click());
		browser.wait(BrowserSession.WAIT).until(d -> !browser
			.all("#dependency-list li[data-dependency-id='" + dependency + "'][data-status=" + status + "]").isEmpty());
	}

	private static void openPanel(BrowserSession browser, String itemId) {
		browser.open("backlog/" + itemId);
		browser.awaitItemPanel(itemId);
	}

	/** Opens an agenda item's action (unless open), again as a whole when a live update re-rendered the agenda. */
	private static void action(BrowserSession browser, String entry, String kind) {
		browser.act(() -> {
			WebElement button = browser.find(entry + "button[data-action=" + kind + "]");
			if (!"true".equals(button.getAttribute("aria-expanded"))) {
				button.click();
			}
		});
	}

	/** Open stories of a PAY team past the first few, without any dependency yet (so none is refused as a cycle). */
	private List<JsonNode> free(String team, int count) {
		JsonNode page = PlatformClient.json(owner.get("/api/backlog/products/PAY/items?type=STORY&size=200&team=" + team));
		List<JsonNode> found = page.path("content").valueStream().skip(6)
			.filter(item -> !item.path("status").asString().equals("DONE") && dependenciesOf(id(item)).isEmpty())
			.limit(count)
			.toList();
		assertThat(found).as("stories of %s without dependencies", team).hasSize(count);
		return found;
	}

	private List<JsonNode> dependenciesOf(String itemId) {
		return PlatformClient.json(owner.get("/api/dependencies?size=100&item=" + itemId)).path("content").valueStream()
			.toList();
	}

	private JsonNode dependency(String id) {
		return PlatformClient.json(owner.get("/api/dependencies/" + id));
	}

	private String schedule(JsonNode... agenda) {
		String items = String.join(",", List.of(agenda).stream().map(item -> "\"" + id(item) + "\"").toList());
		var created = owner.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Connecting %s","startsAt":"2026-12-16T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"],"PAY-LEDGER":["theo"]},"agenda":[%s]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), items));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

	private JsonNode outcome(String session, String kind) {
		return PlatformClient.json(owner.get("/api/backlog/refinement-sessions/" + session)).path("outcomes").valueStream()
			.filter(o -> o.path("kind").asString().equals(kind)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " outcome in session " + session));
	}

	private String goalId(String title) {
		JsonNode page = PlatformClient.json(owner.get("/api/alignment/goals?size=500&level=PRODUCT_GOAL&product=PAY"));
		return page.path("content").valueStream().filter(g -> g.path("title").asString().equals(title)).findFirst()
			.orElseThrow(() -> new AssertionError("no product goal " + title)).path("id").asString();
	}

	private JsonNode linkTo(String itemId, String goalId) {
		JsonNode links = PlatformClient.json(owner.get("/api/alignment/links?itemId="
				+ URLEncoder.encode(itemId, StandardCharsets.UTF_8)));
		return links.path("content").valueStream().filter(l -> l.path("goalId").asString().equals(goalId)).findFirst()
			.orElse(null);
	}

	private static String id(JsonNode item) {
		return item.path("id").asString();
	}

	private static String key(JsonNode item) {
		return item.path("key").asString();
	}

}
