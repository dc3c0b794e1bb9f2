package org.refinery.system;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.Answers.created;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * Every page of the dashboard, as paul (who may use every control) sees it with the seeded demo
 * data, passes axe-core's WCAG 2.1 A and AA rules without a serious or critical violation. axe
 * comes from Deque's jar and is injected by the driver, so the check needs no network and leaves
 * the dashboard's strict Content-Security-Policy as it is. The goals page is checked once more with
 * a goal opened all the way (its history and the items serving it load when opened).
 */
class AccessibilityIT {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@ParameterizedTest(name = "#/{0}")
	@ValueSource(strings = { "portfolio", "backlog", "backlog/ITEM", "session", "session/new", "session/SESSION",
			"dependencies", "forecast", "goals", "people", "settings", "import" })
	void everyPageHasNoSeriousOrCriticalAccessibilityViolation(String route) {
		paul.open(route.replace("ITEM", anItem()).replace("SESSION", aSession()));

		List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(paul.driver()).getViolations();

		assertThat(violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).map(AccessibilityIT::described))
			.as("serious or critical WCAG 2.1 AA violations on #/%s", route)
			.isEmpty();
	}

	/**
	 * The goals page with a product goal of PAY opened all the way: its edit form, its history, the
	 * items serving it (one linked here if none is) and the first link's history.
	 */
	@Test
	void theGoalsPageWithAGoalsHistoryAndItemsOpenHasNoSeriousOrCriticalAccessibilityViolation() {
		JsonNode goal = elements(ok(api.get("/api/alignment/goals?level=PRODUCT_GOAL&product=PAY&status=ACTIVE&size=1"))).get(0);
		String short8 = goal.path("id").asString().substring(0, 8);
		String made = linkOneItemIfNoneServes(goal.path("id").asString());
		try {
			paul.open("goals");
			Select products = new Select(paul.find("#product"));
			if (!"PAY".equals(products.getFirstSelectedOption().getAttribute("value"))) {
				products.selectByValue("PAY");
				paul.awaitRendered("goals");
			}
			String node = "li[data-goal-id='" + goal.path("id").asString() + "']";
			expand(node + " > details.more:not([id])");
			expand("#goal-history-" + short8);
			expand("#goal-links-" + short8);
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#goal-links-" + short8 + " li[data-link-id] details").isEmpty());
			String linkHistory = "#" + paul.find("#goal-links-" + short8 + " li[data-link-id] details").getAttribute("id");
			expand(linkHistory);
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(linkHistory + " .history-list > li").isEmpty()
					&& !paul.all("#goal-history-" + short8 + " .history-list > li").isEmpty());

			List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(paul.driver()).getViolations();

			assertThat(violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).map(AccessibilityIT::described))
				.as("serious or critical WCAG 2.1 AA violations on #/goals with a goal opened")
				.isEmpty();
		}
		finally {
			if (made != null) {
				api.delete("/api/alignment/links/" + made);
			}
		}
	}

	/** Opens a disclosure unless it is open (a second click would close it). */
	private void expand(String details) {
		paul.act(() -> {
			if (paul.find(details).getAttribute("open") == null) {
				paul.find(details + " > summary").click();
			}
		});
	}

	/** The id of a link made so that the goal has one, or null when an item serves it already. */
	private String linkOneItemIfNoneServes(String goalId) {
		if (!elements(ok(api.get("/api/alignment/goals/" + goalId + "/links"))).isEmpty()) {
			return null;
		}
		JsonNode item = elements(ok(api.get("/api/backlog/products/PAY/items?size=50"))).stream()
			.filter(i -> !"REMOVED".equals(i.path("status").asString())).findFirst().orElseThrow();
		return created(api.post("/api/alignment/links", """
				{"itemId":"%s","goalId":"%s","rationale":"Checked for accessibility"}""".formatted(
				item.path("id").asString(), goalId))).path("id").asString();
	}

	private String anItem() {
		return elements(ok(api.get("/api/backlog/products/PAY/items?size=1"))).get(0).path("id").asString();
	}

	private String aSession() {
		return elements(ok(api.get("/api/backlog/products/PAY/refinement-sessions"))).get(0).path("id").asString();
	}

	/** The rule, why it matters and the first few elements breaking it, enough to find them in the page. */
	private static String described(Rule rule) {
		String where = rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget()))
			.collect(Collectors.joining(", "));
		return "%s (%s): %s — %d element(s): %s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(),
				rule.getNodes().size(), where);
	}

}
