package org.refinery.system;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.system.Answers.elements;
import static org.refinery.system.Answers.ok;

/**
 * Every page of the dashboard, as paul (who may use every control) sees it with the seeded demo
 * data, passes axe-core's WCAG 2.1 A and AA rules without a serious or critical violation. axe
 * comes from Deque's jar and is injected by the driver, so the check needs no network and leaves
 * the dashboard's strict Content-Security-Policy as it is.
 */
class AccessibilityIT {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@ParameterizedTest(name = "#/{0}")
	@ValueSource(strings = { "portfolio", "backlog", "backlog/ITEM", "session", "session/new", "session/SESSION",
			"dependencies", "forecast", "people", "settings", "import" })
	void everyPageHasNoSeriousOrCriticalAccessibilityViolation(String route) {
		paul.open(route.replace("ITEM", anItem()).replace("SESSION", aSession()));

		List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(paul.driver()).getViolations();

		assertThat(violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).map(AccessibilityIT::described))
			.as("serious or critical WCAG 2.1 AA violations on #/%s", route)
			.isEmpty();
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
