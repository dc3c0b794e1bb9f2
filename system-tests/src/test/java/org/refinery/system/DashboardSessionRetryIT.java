package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agenda action that happened while recording its outcome did not, in the browser through the
 * gateway: paul moves an agenda item to the top of the backlog and the connection drops as the
 * page records the outcome (the page's fetch fails like a lost connection, once). The item moved,
 * no outcome was recorded, and the entry says so with a button that records it again; at 390 px
 * paul presses it from the keyboard, the connection drops once more and the notice says so with
 * the focus still on the button; pressing it twice while the recording is on its way records the
 * outcome once, and the entry then shows it. The item is put back.
 */
class DashboardSessionRetryIT {

	/**
	 * Wraps the page's fetch (once per page load) so that the next POST to a session's outcomes
	 * fails as a dropped connection does, with the message {@code arguments[0]}; a {@code null}
	 * message holds that POST until {@code window.__outcomes.release()} instead. Every other call
	 * passes through unchanged; {@code window.__outcomes.posts} counts the POSTs to outcomes.
	 */
	private static final String DROP_NEXT_OUTCOME = """
			if (!window.__outcomes) {
			  const real = window.fetch.bind(window);
			  const outcomes = window.__outcomes = { posts: 0, plan: [], held: false };
			  window.fetch = (input, init) => {
			    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
			    const method = (init?.method ?? input?.method ?? 'GET').toUpperCase();
			    if (method !== 'POST' || !url.endsWith('/outcomes')) return real(input, init);
			    outcomes.posts++;
			    if (!outcomes.plan.length) return real(input, init);
			    const message = outcomes.plan.shift();
			    if (message !== null) return Promise.reject(new TypeError(message));
			    outcomes.held = true;
			    return new Promise(go => { outcomes.release = go; }).then(() => real(input, init));
			  };
			}
			window.__outcomes.plan.push(arguments[0]);
			""";

	private final PlatformClient owner = SharedPlatform.as("paul");

	@Test
	void paul_records_the_outcome_of_a_move_again_from_the_keyboard_once_when_the_connection_dropped_while_recording_it() {
		JsonNode moved = openStory();
		String predecessor = BacklogOrder.predecessorOf(owner, id(moved));
		long version = item(id(moved)).path("version").asLong();
		String session = schedule(moved);
		BrowserSession paul = BrowserSession.of("paul");
		String entry = "#agenda li[data-id='" + id(moved) + "'] ";
		String notice = "#unrecorded-" + id(moved);
		String retry = notice + " button[data-retry='" + id(moved) + "']";
		try {
			paul.open("session/" + session);
			paul.script(DROP_NEXT_OUTCOME, "Failed to fetch");
			paul.act(() -> {
				WebElement move = paul.find(entry + "button[data-action=MOVE]");
				if (!"true".equals(move.getAttribute("aria-expanded"))) {
					move.click();
				}
				new Select(paul.find("#move-" + id(moved) + "-where")).selectByValue("top");
				paul.find("#move-" + id(moved) + "-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(notice).isEmpty());
			assertThat(paul.find(notice).getAttribute("role")).isEqualTo("alert");
			assertThat(paul.text(notice)).contains(key(moved) + " was moved to the top, but the outcome was not recorded"
					+ " in the session: Failed to fetch");
			assertThat(firstInBacklog()).as("the move itself happened").isEqualTo(id(moved));
			assertThat(item(id(moved)).path("version").asLong()).isGreaterThan(version);
			assertThat(reorderedOutcomes(session, id(moved))).as("nothing recorded yet").isEmpty();

			paul.driver.manage().window().setSize(new Dimension(390, 844));
			assertThat(paul.overflowing()).as("the notice at 390 px").isEmpty();

			paul.script(DROP_NEXT_OUTCOME, "NetworkError when attempting to fetch resource.");
			pressEnterOn(paul, retry);
			paul.wait(BrowserSession.WAIT).until(d -> paul.text(notice).contains("NetworkError when attempting"));
			assertThat(paul.text(notice)).doesNotContain("Failed to fetch");
			assertThat(focusedRetry(paul)).as("the focus stays on the button after the re-render").isEqualTo(id(moved));
			assertThat(reorderedOutcomes(session, id(moved))).as("nothing recorded by the failed retry").isEmpty();

			paul.script(DROP_NEXT_OUTCOME, (Object) null);
			new Actions(paul.driver).sendKeys(Keys.ENTER).perform();
			paul.wait(BrowserSession.WAIT).until(d -> Boolean.TRUE.equals(paul.script("return window.__outcomes.held")));
			new Actions(paul.driver).sendKeys(Keys.ENTER).perform();
			paul.script("window.__outcomes.release()");
			paul.wait(BrowserSession.WAIT).until(d -> paul.all(notice).isEmpty() && !paul.all(entry + ".decided").isEmpty());
			assertThat(paul.text(entry + ".decided")).as("the entry shows the outcome").contains("reordered");
			assertThat(paul.text("#outcomes")).contains("reordered").contains("Moved to the top of the backlog");
			assertThat(((Number) paul.script("return window.__outcomes.posts")).intValue())
				.as("the action's, the failed retry's and one more: the second press while recording sent nothing")
				.isEqualTo(3);
			List<JsonNode> recorded = reorderedOutcomes(session, id(moved));
			assertThat(recorded).as("recorded exactly once").hasSize(1);
			assertThat(recorded.getFirst().path("note").asString()).startsWith("Moved to the top of the backlog");
			assertThat(paul.script("return document.activeElement?.closest('#agenda li')?.dataset.id ?? null"))
				.as("the button is gone, and the focus stays in its agenda entry rather than falling to the page")
				.isEqualTo(id(moved));
			assertThat(paul.overflowing()).as("the entry with its outcome at 390 px").isEmpty();
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
			if (predecessor != null) {
				owner.post("/api/backlog/items/" + id(moved) + "/move", "{\"after\":\"" + predecessor + "\"}");
			}
		}
	}

	/** Focuses the button the way Tab would and presses Enter on it: the keyboard, not a mouse click. */
	private static void pressEnterOn(BrowserSession browser, String css) {
		browser.act(() -> browser.script("arguments[0].focus()", browser.find(css)));
		assertThat(focusedRetry(browser)).isNotNull();
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
	}

	/** The item whose "Record the outcome again" button has the focus, or null. */
	private static String focusedRetry(BrowserSession browser) {
		return (String) browser.script("return document.activeElement?.dataset?.retry ?? null");
	}

	/** An open story of PAY-CHECKOUT past the first few, so moving it to the top changes the order. */
	private JsonNode openStory() {
		JsonNode page = PlatformClient.json(owner.get("/api/backlog/products/PAY/items?type=STORY&size=200&team=PAY-CHECKOUT"));
		return page.path("content").valueStream().skip(8)
			.filter(item -> !item.path("status").asString().equals("DONE"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no open story of PAY-CHECKOUT"));
	}

	private String firstInBacklog() {
		return id(PlatformClient.json(owner.get("/api/backlog/products/PAY/items?size=1")).path("content").get(0));
	}

	private JsonNode item(String itemId) {
		return PlatformClient.json(owner.get("/api/backlog/items/" + itemId));
	}

	private String schedule(JsonNode item) {
		var created = owner.post("/api/backlog/products/PAY/refinement-sessions", """
				{"title":"Recording again %s","startsAt":"2026-12-17T09:00:00Z",
				 "representatives":{"PAY-CHECKOUT":["tess"]},"agenda":["%s"]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), id(item)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return PlatformClient.json(created).path("id").asString();
	}

	private List<JsonNode> reorderedOutcomes(String session, String itemId) {
		return PlatformClient.json(owner.get("/api/backlog/refinement-sessions/" + session)).path("outcomes").valueStream()
			.filter(o -> o.path("kind").asString().equals("REORDERED") && o.path("itemId").asString().equals(itemId))
			.toList();
	}

	private static String id(JsonNode item) {
		return item.path("id").asString();
	}

	private static String key(JsonNode item) {
		return item.path("key").asString();
	}

}
