package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's people and settings in the browser, through the gateway: paul adds tess to a team,
 * sees her in the list and the history, changes her role and removes her; the last owner cannot
 * be removed and the page says why; vic, who only views the product, finds the people page's, the
 * import wizard's and the backlog's controls disabled with the reason before any click; the Definition of Ready
 * editor saves a change and names a bad value at its field; both pages fit a 390 px screen; paul adds
 * a webhook on the settings page and sees its secret once, vic finds the webhook controls disabled.
 */
class DashboardPeopleIT {

	private final BrowserSession paul = BrowserSession.of("paul");

	private final PlatformClient api = SharedPlatform.as("paul");

	@Test
	void paul_adds_tess_to_a_team_sees_her_in_the_list_and_the_history_changes_her_role_and_removes_her() {
		// The seed made tess, a representative, a member of her team; later tests schedule sessions
		// naming her. She starts without roles here and gets the seeded ones back at the end.
		String seeded = rolesJsonOf("tess");
		api.delete("/api/backlog/products/PAY/members/tess");
		try {
			paul.open("people");
			paul.find("#add-member-username").sendKeys("tess");
			paul.find("#add-member-role option[value=TEAM_MEMBER]").click();
			paul.find("#add-member-team option[value='PAY-CHECKOUT']").click();
			paul.find("#add-member button[type=submit]").click();

			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(tess() + " [data-role=TEAM_MEMBER][data-team='PAY-CHECKOUT']")
				.isEmpty());
			assertThat(rolesOf("tess")).containsExactly("TEAM_MEMBER PAY-CHECKOUT");
			assertThat(paul.text(tess())).contains("member of team PAY-CHECKOUT").contains("granted in Refinery by paul");
			assertThat(paul.text("#member-history")).contains("granted tess: member of team PAY-CHECKOUT");
			paul.screenshot("people");

			paul.act(() -> {
				if (paul.all("#change-tess").isEmpty()) {
					paul.find(tess() + " button[data-change]").click();
				}
				paul.find("#change-tess-role option[value=VIEWER]").click();
				paul.find("#change-tess button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> !paul.all(tess() + " [data-role=VIEWER]").isEmpty());
			assertThat(rolesOf("tess")).containsExactly("VIEWER");
			assertThat(paul.text("#member-history")).contains("revoked tess: member of team PAY-CHECKOUT")
				.contains("granted tess: viewer");

			paul.act(() -> paul.find(tess() + " button[data-remove]").click());
			paul.wait(BrowserSession.WAIT).until(d -> paul.all(tess()).isEmpty());
			assertThat(rolesOf("tess")).isEmpty();
			assertThat(paul.text("#member-history")).contains("revoked tess: viewer");
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			restore("tess", seeded);
		}
	}

	@Test
	void removing_the_last_product_owner_is_refused_and_the_page_says_why() {
		List<String> owners = owners();
		assertThat(owners).as("the seeded product has one owner by membership").hasSize(1);
		paul.open("people");
		String owner = owners.get(0);

		paul.act(() -> paul.find("#members li[data-username='" + owner + "'] button[data-remove]").click());

		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#members-problem").isDisplayed());
		assertThat(paul.text("#members-problem")).contains("conflicts with the current state")
			.contains(owner + " is the last product owner of PAY").contains("make someone else its owner first");
		assertThat(owners()).containsExactly(owner);
		assertThat(paul.consoleErrors(message -> message.contains("/members/" + owner) && message.contains("status of 409")))
			.isEmpty();
	}

	@Test
	void vic_sees_the_people_page_and_the_backlog_edit_controls_disabled_with_the_reason_before_any_click() {
		BrowserSession vic = BrowserSession.of("vic");
		vic.open("people");
		assertThat(vic.text("#people-denied")).contains("Viewers of PAY cannot change its people");
		assertDisabledBy(vic.find("#add-member-username"), "people-denied");
		assertThat(vic.all("#members button")).isNotEmpty().allSatisfy(button -> assertDisabledBy(button, "people-denied"));
		assertThat(vic.text("#own-access")).contains("viewer of PAY").contains("Keycloak group");

		vic.open("settings");
		assertThat(vic.text("#settings-denied")).contains("Viewers of PAY cannot change its settings");
		assertDisabledBy(vic.find("#dor-max-estimate"), "settings-denied");
		assertThat(vic.text("#webhooks-denied")).contains("You may not manage the webhooks of PAY");
		assertThat(vic.find("#webhook-url").isEnabled()).isFalse();

		vic.open("import");
		assertThat(vic.text("#import-denied")).contains("Viewers of PAY cannot import into its backlog");
		assertDisabledBy(vic.find("#import-file"), "import-denied");
		assertDisabledBy(vic.find("#import-preview"), "import-denied");

		vic.open("backlog");
		assertThat(vic.text("#create-denied")).contains("Viewers of PAY cannot add items");
		assertDisabledBy(vic.find("#new-title"), "create-denied");
		assertThat(vic.text("#reorder-help")).contains("Viewers of PAY cannot reorder the backlog");
		String id = vic.all("#backlog > li").get(2).getAttribute("data-id");
		vic.act(() -> vic.find("#backlog > li[data-id='" + id + "']").click());
		vic.awaitItemPanel(id);
		assertThat(vic.text("#item-denied")).contains("Viewers of PAY cannot change items");
		assertDisabledBy(vic.find("#edit-title"), "item-denied");
		assertThat(vic.find("#edit-title").getAttribute("title")).contains("Viewers of PAY cannot change items");
		assertThat(vic.consoleErrors()).as("nothing was tried, so nothing was refused").isEmpty();
	}

	@Test
	void the_definition_of_ready_editor_saves_a_change_names_a_bad_value_at_its_field_and_both_pages_fit_390_px() {
		JsonNode before = definition();
		try {
			paul.open("settings");
			paul.act(() -> {
				paul.find("#dor-max-estimate").clear();
				paul.find("#dor-max-estimate").sendKeys("2000");
				paul.find("#dor-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.find("#dor-max-estimate-error").isDisplayed());
			assertThat(paul.text("#dor-max-estimate-error")).contains("1000");
			assertThat(paul.find("#dor-max-estimate").getAttribute("aria-invalid")).isEqualTo("true");

			paul.act(() -> {
				paul.find("#dor-max-estimate").clear();
				paul.find("#dor-max-estimate").sendKeys("13");
				WebElement description = paul.find("#dor-rules input[value=HAS_DESCRIPTION]");
				if (!description.isSelected()) {
					description.click();
				}
				paul.find("#dor-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> definition().path("maxEstimate").asDouble(0) == 13.0);
			assertThat(definition().path("rules").valueStream().map(JsonNode::asString)).contains("HAS_DESCRIPTION");
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#dor-history").contains("maxEstimate"));
			paul.script("window.scrollTo(0, 0)");
			paul.screenshot("settings");
			assertThat(paul.consoleErrors(message -> message.contains("/definition-of-ready") && message.contains("status of 400")
					|| BrowserSession.optionalReadNotFound(message))).isEmpty();

			paul.driver.manage().window().setSize(new Dimension(390, 844));
			paul.open("settings");
			assertThat(paul.overflowing()).as("settings at 390 px").isEmpty();
			paul.open("people");
			paul.act(() -> paul.find("#members li button[data-change]").click());
			assertThat(paul.overflowing()).as("people at 390 px").isEmpty();
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
			api.send(api.request("/api/backlog/products/PAY/definition-of-ready")
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(before.toString())));
		}
	}

	@Test
	void paul_adds_a_webhook_sees_its_secret_once_and_a_bad_url_is_named_at_its_field() {
		String url = "http://127.0.0.1:9/refinery-" + System.nanoTime();
		try {
			paul.open("settings");
			paul.act(() -> {
				paul.find("#webhook-url").sendKeys(url);
				paul.find("#webhook-types input[value='refinery.backlog.ItemCreated.v1']").click();
				paul.find("#webhook-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#webhooks-list").contains(url));
			assertThat(paul.text("#webhook-secret")).contains("not shown again").contains("whsec_");
			assertThat(webhooks().path("webhooks").toString()).contains(url).doesNotContain("whsec_");

			paul.act(() -> {
				paul.find("#webhook-url").sendKeys("ftp://files.example.com/x");
				paul.find("#webhook-types input[value='refinery.backlog.ItemCreated.v1']").click();
				paul.find("#webhook-form button[type=submit]").click();
			});
			paul.wait(BrowserSession.WAIT).until(d -> paul.find("#webhook-url-error").isDisplayed());
			assertThat(paul.text("#webhook-url-error")).contains("absolute http or https URL");

			paul.open("settings");
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#webhooks-list").contains(url));
			assertThat(paul.all("#webhook-secret")).as("the secret is shown once").isEmpty();
		}
		finally {
			webhooks().path("webhooks").valueStream()
				.filter(hook -> hook.path("url").asString().equals(url))
				.forEach(hook -> api.delete("/api/backlog/products/PAY/webhooks/" + hook.path("id").asString()));
		}
	}

	private JsonNode webhooks() {
		return PlatformClient.json(api.get("/api/backlog/products/PAY/webhooks"));
	}

	private static String tess() {
		return "#members li[data-username=tess]";
	}

	private static void assertDisabledBy(WebElement control, String reasonId) {
		assertThat(control.isEnabled()).as("%s is disabled", control.getAttribute("id")).isFalse();
		assertThat(control.getAttribute("aria-describedby")).isEqualTo(reasonId);
	}

	private List<String> rolesOf(String username) {
		return members().filter(m -> m.path("username").asString().equals(username))
			.map(m -> (m.path("role").asString() + " " + (m.hasNonNull("teamKey") ? m.get("teamKey").asString() : "")).strip())
			.toList();
	}

	private List<String> owners() {
		return members().filter(m -> m.path("role").asString().equals("PRODUCT_OWNER"))
			.map(m -> m.path("username").asString())
			.toList();
	}

	/** A person's roles in PAY as the members API takes them, {@code []} for none. */
	private String rolesJsonOf(String username) {
		return members().filter(m -> m.path("username").asString().equals(username))
			.map(m -> m.path("teamKey").isTextual()
					? "{\"role\":\"%s\",\"teamKey\":\"%s\"}".formatted(m.path("role").asString(), m.path("teamKey").asString())
					: "{\"role\":\"%s\"}".formatted(m.path("role").asString()))
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
	}

	private void restore(String username, String roles) {
		String path = "/api/backlog/products/PAY/members/" + username;
		if (roles.equals("[]")) {
			api.delete(path);
			return;
		}
		var restored = api.send(api.request(path).header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"roles\":" + roles + "}")));
		assertThat(restored.statusCode()).as(restored.body()).isBetween(200, 299);
	}

	private java.util.stream.Stream<JsonNode> members() {
		return PlatformClient.json(api.get("/api/backlog/products/PAY/members?size=200")).path("content").valueStream();
	}

	private JsonNode definition() {
		return PlatformClient.json(api.get("/api/backlog/products/PAY/definition-of-ready"));
	}

}
