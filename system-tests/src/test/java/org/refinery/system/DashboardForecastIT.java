package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast page beside the baseline, in the browser through the gateway: vic, who only views
 * PAY, runs a what-if scenario with a team at half capacity, sees which items move against the
 * baseline and deletes it again, and finds the baseline settings disabled with the reason; paul,
 * its product owner, finds them enabled and a bad value named at its field; the page fits 390 px.
 */
class DashboardForecastIT {

	@Test
	void vic_runs_a_scenario_with_a_team_at_half_capacity_sees_items_move_and_may_not_change_the_baseline_settings() {
		BrowserSession vic = BrowserSession.of("vic");
		String name = "Half checkout " + UUID.randomUUID().toString().substring(0, 8);
		vic.open("forecast");
		assertThat(vic.text("#baseline-settings-denied")).contains("Viewers of PAY cannot change the baseline settings");
		assertThat(vic.find("#baseline-trials").isEnabled()).isFalse();
		assertThat(vic.find("#baseline-trials").getAttribute("aria-describedby")).isEqualTo("baseline-settings-denied");
		assertThat(vic.text("#baseline-history")).contains("How the date moved");

		vic.act(() -> {
			vic.find("#scenario-name").clear();
			vic.find("#scenario-name").sendKeys(name);
			vic.find("#scenario-team option[value='PAY-CHECKOUT']").click();
			vic.find("#scenario-to").clear();
			vic.find("#scenario-to").sendKeys("6");
			vic.find("#scenario-factor").clear();
			vic.find("#scenario-factor").sendKeys("50");
			vic.find("#run-scenario").click();
		});
		vic.wait(BrowserSession.WAIT).until(d -> !vic.all("#scenario-result").isEmpty());

		assertThat(vic.text("#scenario-result")).contains(name).containsPattern("[1-9]\\d* of \\d+ items move");
		assertThat(vic.all("#scenario-comparison tbody tr")).isNotEmpty();
		assertThat(vic.text("#scenario-comparison")).contains("→");
		assertThat(vic.text("#scenario-list")).contains(name);
		assertThat(vic.consoleErrors()).isEmpty();

		vic.act(() -> vic.find("#scenario-list button[aria-label='Delete " + name + "']").click());
		vic.wait(BrowserSession.WAIT).until(d -> !vic.text("#scenario-list").contains(name));
		assertThat(vic.consoleErrors()).isEmpty();
	}

	@Test
	void paul_finds_the_baseline_settings_enabled_a_bad_value_named_at_its_field_and_the_page_fits_390_px() {
		BrowserSession paul = BrowserSession.of("paul");
		try {
			paul.open("forecast");
			assertThat(paul.all("#baseline-settings-denied")).isEmpty();
			assertThat(paul.find("#baseline-trials").isEnabled()).isTrue();
			assertThat(paul.text("#baseline-settings-version")).startsWith("Version ");

			paul.act(() -> {
				paul.find("#baseline-trials").clear();
				paul.find("#baseline-trials").sendKeys("50");
				paul.find("#baseline-settings-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.find("#baseline-trials-error").isDisplayed());
			assertThat(paul.text("#baseline-trials-error")).contains("100");
			assertThat(paul.find("#baseline-trials").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(paul.consoleErrors(message -> message.contains("/forecast-settings") && message.contains("status of 400")
					|| BrowserSession.optionalReadNotFound(message))).isEmpty();

			paul.driver.manage().window().setSize(new Dimension(390, 844));
			paul.open("forecast");
			assertThat(paul.overflowing()).as("the forecast page at 390 px").isEmpty();
			WebElement settings = paul.find("#baseline-settings");
			assertThat(settings.isDisplayed()).isTrue();
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
		}
	}

}
