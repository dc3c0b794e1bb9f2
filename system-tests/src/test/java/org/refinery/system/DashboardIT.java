package org.refinery.system;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the dashboard renders the seeded platform in a real headless Chromium signed in
 * through the real Keycloak form, without console errors; each page's screenshot is saved for
 * the README.
 */
@TestMethodOrder(OrderAnnotation.class)
class DashboardIT {

	private final BrowserSession paul = BrowserSession.of("paul");

	@Test
	@Order(1)
	void the_portfolio_shows_health_and_alignment_of_every_visible_product() {
		paul.open("portfolio");

		assertThat(paul.all("#portfolio-table tbody tr[data-product]")).extracting(row -> row.getAttribute("data-product"))
			.containsExactlyInAnyOrder("PAY", "SHOP");
		assertThat(paul.find("#portfolio-table tr[data-product=PAY] td[data-label=Health]").getText()).matches("(?s)\\d+.*");
		assertThat(paul.find("#portfolio-table tr[data-product=PAY] td[data-label='Aligned by count']").getText())
			.contains("%");
		for (String chart : List.of("#trend-chart", "#investment-chart")) {
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(chart + " canvas").isEmpty()
					|| paul.find(chart).getText().startsWith("No data yet — "));
		}
		// DashboardPortfolioIT keeps the portfolio's screenshot: the page at 50 products.
		assertRenderedCleanly(paul);
	}

	@Test
	@Order(2)
	void the_backlog_shows_badges_a_team_filter_and_an_item_panel_that_explains_readiness() {
		paul.open("backlog");
		int all = paul.all("#backlog > li").size();

		paul.find("#team-filter option[value='PAY-CHECKOUT']").click();
		paul.wait(BrowserSession.WAIT).until(d -> "PAY-CHECKOUT".equals(paul.find("#backlog").getAttribute("data-team")));
		paul.all("#backlog > li").get(0).click();
		paul.awaitAnyItemPanel();

		assertThat(all).isGreaterThan(50);
		assertThat(paul.all("#backlog > li")).hasSizeBetween(1, all - 1)
			.allSatisfy(row -> assertThat(row.getText()).contains("PAY-CHECKOUT"));
		assertThat(paul.all("#backlog .badge.readiness")).isNotEmpty();
		assertThat(paul.find("#item-panel").getText()).contains("against the Definition of Ready")
			.contains("Dependencies").contains("Goals").contains("Forecast").contains("History");
		assertThat(paul.all("#item-goals")).as("the goals the item serves, or that it serves none").hasSize(1);
		assertRenderedCleanly(paul, "backlog");
	}

	@Test
	@Order(3)
	void the_dependencies_page_shows_the_matrix_conflicts_blocked_items_the_critical_path_and_a_graph() {
		paul.open("dependencies");

		assertThat(paul.find("#page").getText()).contains("Team × team").contains("Ordering conflicts")
			.contains("Blocked items").contains("Critical path").contains("Neighbourhood of one item");
		assertThat(paul.all("#team-matrix tbody tr")).isNotEmpty();
		paul.wait(BrowserSession.WAIT).until(d -> paul.all("#neighbourhood canvas").size() == 1);
		assertRenderedCleanly(paul, "dependencies");
	}

	@Test
	@Order(4)
	void the_forecast_page_runs_a_forecast_and_shows_ranges_a_fan_chart_and_says_it_is_no_commitment() {
		paul.open("forecast");
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#run-forecast").isEmpty());
		// The demo already has a forecast: wait until the page drawn before the new run is replaced.
		var before = paul.find("#run-forecast");
		before.click();
		paul.wait(BrowserSession.WAIT).until(ExpectedConditions.stalenessOf(before));
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#fan-chart canvas").isEmpty());

		assertThat(paul.find(".notice").getText()).containsIgnoringCase("not").containsIgnoringCase("commitment");
		assertThat(paul.find("#page").getText()).contains("P50").contains("P95").contains("Calibration");
		assertThat(paul.find("#calibration").getText()).as("calibration in the forecast service's own terms")
			.contains("Baseline re-run as of each of the last").contains("Team throughput")
			.contains("Stored baselines whose period has ended").contains("A calibrated forecast holds").contains("85%")
			.as("the re-run beside what its own forecasts expected, periods being whole")
			.contains("what its forecasts expected").contains("Periods and items are whole")
			.as("the team throughput check beside what its forecasts expected, counts being whole")
			.containsPattern("Team throughput[^\\n]*\\n[^\\n]*what its forecasts expected\\s+same periods");
		assertThat(paul.find("#calibration tbody tr").getText())
			.as("the demo's baseline re-run as of its last periods judges items from the first day")
			.containsPattern("(?s)\\d+ items .*%\\s*\\(\\d+ of \\d+\\)");
		paul.find("#calibration-by-team summary").click();
		assertThat(paul.find("#calibration-by-team tbody").getText())
			.as("the throughput check team by team, each share with its counts and what the team's forecasts expected")
			.contains("PAY-CHECKOUT").containsPattern("%\\s*\\(\\d+ of \\d+; expected \\d+(\\.\\d)?%\\)");
		assertThat(paul.find("#item-forecasts").getText()).as("items done already say so").doesNotContain("period 0");
		WebElement first = paul.find("#item-forecasts tbody tr[data-item-id]");
		String title = PlatformClient.json(SharedPlatform.as("paul").get("/api/backlog/items/" + first.getAttribute("data-item-id")))
			.path("title")
			.asString();
		assertThat(first.getText()).as("each item with its title").contains(title);
		assertRenderedCleanly(paul, "forecast");
	}

	@Test
	@Order(5)
	void an_expired_session_goes_through_the_login_and_back_to_the_same_page() {
		paul.open("portfolio");
		for (Cookie cookie : paul.driver.manage().getCookies()) {
			paul.driver.manage().deleteCookie(cookie);
		}

		paul.script("window.__before = true; location.hash = '#/dependencies'");
		paul.logIn();
		paul.awaitRendered("dependencies");

		assertThat(paul.driver.getCurrentUrl()).endsWith("#/dependencies");
		assertThat(paul.all("#team-matrix")).hasSize(1);
		assertThat(paul.problemShown()).isEmpty();
		assertThat(paul.consoleErrors(message -> message.contains("status of 401"))).as("only the expired call's 401")
			.isEmpty();
	}

	static void assertRenderedCleanly(BrowserSession browser, String screenshot) {
		assertRenderedCleanly(browser);
		browser.screenshot(screenshot);
	}

	static void assertRenderedCleanly(BrowserSession browser) {
		String page = browser.driver.findElement(By.id("page")).getAttribute("data-rendered");
		assertThat(browser.problemShown()).as("problem shown on " + page).isEmpty();
		assertThat(browser.consoleErrors()).as("console errors on " + page).isEmpty();
		assertThat(browser.driver.findElement(By.id("page")).getAttribute("aria-busy")).isEqualTo("false");
	}

	static List<String> keys(BrowserSession browser) {
		return browser.all("#backlog > li").stream().map(row -> row.getAttribute("data-key")).toList();
	}

}
