package org.refinery.system;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reordering, creating, editing and moving items through their life in the browser persist
 * through the gateway; a stale edit shows what someone else changed instead of overwriting it;
 * refusals (the Definition of Ready, a missing reason) are shown where they happened; another
 * team's item is disabled with the reason before any click, and a refusal of the server still
 * says why; and the page fits a 390 px wide phone. A Jira CSV imported through the wizard is
 * previewed, applied and found in the backlog under its epic, its Blocks links become one
 * dependency and one refusal (the cycle) on its row; importing it again changes nothing.
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
		paul.awaitItemPanel(id);
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

	@Test
	void paul_creates_reassigns_and_splits_an_item_sees_its_definition_of_ready_refusal_then_removes_and_restores_it() {
		String title = "Refund by voucher " + UUID.randomUUID().toString().substring(0, 8);
		paul.open("backlog");
		paul.find("details.create > summary").click();
		paul.find("#new-type option[value=FEATURE]").click();
		paul.find("#new-title").sendKeys(title);
		paul.find("#new-description").sendKeys("Customers choose a voucher instead of money back.");
		paul.find("#new-team option[value='PAY-CHECKOUT']").click();
		paul.find("#new-contributors input[value='PAY-LEDGER']").click();
		paul.find("#create-item button[type=submit]").click();

		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#item-panel h3").getText().contains(title));
		String id = paul.find("#item-panel").getAttribute("data-item-id");
		JsonNode created = item(id);
		assertThat(created.path("type").asString()).isEqualTo("FEATURE");
		assertThat(created.path("teamKey").asString()).isEqualTo("PAY-CHECKOUT");
		assertThat(created.path("contributingTeamKeys").valueStream().map(JsonNode::asString)).containsExactly("PAY-LEDGER");
		assertThat(created.path("status").asString()).isEqualTo("DRAFT");
		assertThat(paul.find("#status-form button[data-status=DONE]").isEnabled()).as("DONE is not one step from DRAFT")
			.isFalse();
		assertThat(paul.find("#status-why").getText()).contains("moves one step").contains("in refinement");

		paul.find("#status-form button[data-status=IN_REFINEMENT]").click();
		paul.wait(BrowserSession.WAIT).until(d -> "IN_REFINEMENT".equals(item(id).path("status").asString())
				&& paul.find("#status-form .badge.status").getText().equals("in refinement"));
		paul.find("#status-form button[data-status=READY]").click();

		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#status-refusal").isDisplayed());
		assertThat(paul.find("#status-refusal").getText()).contains("was not moved to ready")
			.contains("Definition of Ready not met");
		assertThat(paul.all("#status-refusal .failing-rules li")).extracting(li -> li.getAttribute("data-rule"))
			.contains("HAS_ACCEPTANCE_CRITERIA", "ESTIMATED");
		assertThat(item(id).path("status").asString()).isEqualTo("IN_REFINEMENT");

		reassignsToTheLedgerTeam(id);
		splitsIntoTwoStories(id);

		submitUnfolded("#remove-form");
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#remove-reason-error").isDisplayed());
		assertThat(paul.find("#remove-reason-error").getText()).isNotBlank();
		assertThat(paul.find("#remove-reason").getAttribute("aria-invalid")).isEqualTo("true");
		paul.find("#remove-reason").sendKeys("Vouchers are out of scope this year");
		paul.find("#remove-form button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#restore-form").isEmpty());
		assertThat(item(id).path("status").asString()).isEqualTo("REMOVED");
		assertThat(paul.all("#backlog > li[data-id='" + id + "']")).as("open work only, by default").isEmpty();

		paul.find("#status-filter option[value=REMOVED]").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#backlog > li[data-id='" + id + "']").isEmpty());
		paul.find("#restore-form button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> !paul.all("#remove-form").isEmpty());
		assertThat(item(id).path("status").asString()).isNotEqualTo("REMOVED");
		assertThat(paul.problemShown()).isEmpty();
		assertThat(paul.consoleErrors(message -> message.contains("/api/backlog/items/" + id)
				&& (message.contains("status of 422") || message.contains("status of 400"))
				|| BrowserSession.optionalReadNotFound(message))).isEmpty();
	}

	/** A team cannot own and contribute at once: the refusal shows in the form, then the corrected choice is saved. */
	private void reassignsToTheLedgerTeam(String id) {
		paul.find("#assign-team option[value='PAY-LEDGER']").click();
		paul.find("#assign-form button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#assign-problem").isDisplayed());
		assertThat(paul.find("#assign-problem").getText()).contains("cannot also be a contributing team");

		paul.find("#assign-contributors input[value='PAY-LEDGER']").click();
		paul.find("#assign-form button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> "PAY-LEDGER".equals(item(id).path("teamKey").asString()));
		assertThat(item(id).path("contributingTeamKeys").isEmpty()).isTrue();
	}

	/** Titles left empty are named at their own part's field; filled in, the parts follow the item in the backlog. */
	private void splitsIntoTwoStories(String id) {
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#item-panel .meta").getText().contains("PAY-LEDGER"));
		submitUnfolded("#split-form");
		paul.wait(BrowserSession.WAIT).until(d -> paul.all("#split-form .field-error").stream()
			.filter(WebElement::isDisplayed).count() == 2);

		List<WebElement> titles = paul.all("#split-form input[name=title]");
		titles.get(0).sendKeys("Voucher chosen at checkout");
		titles.get(1).sendKeys("Voucher booked in the ledger");
		paul.find("#split-form button[type=submit]").click();
		paul.wait(BrowserSession.WAIT).until(d -> paul.find("#announce").getText().contains("split into 2 parts"));

		// Read at once in the page: the list is re-rendered after the split, maybe more than once.
		List<String> keys = paul.wait(BrowserSession.WAIT).until(d -> {
			List<String> rows = rowIds();
			int at = rows.indexOf(id);
			return at >= 0 && rows.size() >= at + 3 ? rows : null;
		});
		int parent = keys.indexOf(id);
		List<JsonNode> children = keys.subList(parent + 1, parent + 3).stream().map(this::item).toList();
		assertThat(children).extracting(child -> child.path("title").asString())
			.containsExactly("Voucher chosen at checkout", "Voucher booked in the ledger");
		assertThat(children).allSatisfy(child -> {
			assertThat(child.path("parentId").asString()).isEqualTo(id);
			assertThat(child.path("teamKey").asString()).isEqualTo("PAY-LEDGER");
		});
	}

	@SuppressWarnings("unchecked")
	private List<String> rowIds() {
		return (List<String>) paul.script("return [...document.querySelectorAll('#backlog > li')].map(li => li.dataset.id)");
	}

	/** Opens the folded section holding a form, unless open, and submits the form as it is. */
	private void submitUnfolded(String form) {
		paul.act(() -> {
			if (paul.find("details.more:has(" + form + ")").getAttribute("open") == null) {
				paul.find("details.more:has(" + form + ") > summary").click();
			}
			paul.find(form + " button[type=submit]").click();
		});
	}

	@Test
	void tess_sees_another_teams_item_disabled_with_the_reason_before_she_tries_and_a_refusal_of_the_server_still_says_why() {
		BrowserSession tess = BrowserSession.of("tess");
		tess.open("backlog");
		tess.find("#team-filter option[value='PAY-LEDGER']").click();
		tess.wait(BrowserSession.WAIT).until(d -> "PAY-LEDGER".equals(tess.find("#backlog").getAttribute("data-team")));
		WebElement row = tess.all("#backlog > li").get(0);
		String id = row.getAttribute("data-id");
		String before = item(id).path("title").asString();
		row.click();
		tess.awaitItemPanel(id);

		assertThat(tess.find("#item-denied").getText()).as("her access says so before any click")
			.contains("You may not change").contains("Only members of team PAY-LEDGER and product owners of PAY");
		WebElement title = tess.find("#edit-title");
		assertThat(title.isEnabled()).isFalse();
		assertThat(title.getAttribute("aria-describedby")).isEqualTo("item-denied");
		assertThat(title.getAttribute("title")).contains("Only members of team PAY-LEDGER");

		// The server stays the judge: were the page's picture of her access out of date, its refusal says why.
		tess.act(() -> {
			tess.script("document.querySelectorAll(\"#item-panel form[aria-label='Edit item'] [disabled]\")"
					+ ".forEach(control => control.disabled = false)");
			tess.find("#edit-title").clear();
			tess.find("#edit-title").sendKeys("Tess was here");
			tess.find("#item-panel form[aria-label='Edit item'] button[type=submit]").click();
		});
		tess.wait(BrowserSession.WAIT).until(d -> tess.find("#edit-problem").isDisplayed());
		assertThat(tess.find("#edit-problem").getText()).contains("You may not do that")
			.contains("Only members of team PAY-LEDGER and product owners");
		assertThat(item(id).path("title").asString()).isEqualTo(before);
		assertThat(tess.find("#item-denied").getText()).contains("You may not change");
		assertThat(tess.find("#item-panel form[aria-label='Edit item'] button[type=submit]").isEnabled()).isFalse();

		WebElement next = tess.all("#backlog > li").get(1);
		String nextId = next.getAttribute("data-id");
		next.click();
		tess.awaitItemPanel(nextId);
		assertThat(tess.find("#item-denied").getText()).as("the same team's next item names the server's refusal")
			.contains("of the same team was refused").contains("PAY-LEDGER");
		assertThat(tess.find("#edit-title").isEnabled()).isFalse();
		assertThat(tess.find("#edit-title").getAttribute("aria-describedby")).isEqualTo("item-denied");
		assertThat(tess.consoleErrors(message -> message.contains("/api/backlog/items/" + id)
				&& message.contains("status of 403") || BrowserSession.optionalReadNotFound(message))).isEmpty();
	}

	@Test
	void at_390_px_the_backlog_with_its_forms_and_item_panel_fits_the_screen() {
		try {
			paul.driver.manage().window().setSize(new Dimension(390, 844));
			paul.open("backlog");
			paul.find("details.create > summary").click();
			paul.all("#backlog > li").get(3).click();
			paul.awaitAnyItemPanel();
			paul.all("#item-panel details.more > summary").forEach(WebElement::click);

			assertThat(paul.overflowing()).as("no sideways scroll, nothing reaching past its container at 390 px")
				.isEmpty();
			assertThat(paul.consoleErrors()).isEmpty();
			paul.screenshot("backlog-phone");
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
		}
	}

	@Test
	void paul_previews_and_applies_a_jira_csv_import_sees_the_items_under_their_parent_and_its_blocks_links_as_dependencies_the_cycle_refused_on_its_row_and_a_second_import_changes_nothing()
			throws IOException {
		String project = "WZ" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 4);
		Path csv = Files.createTempFile("refinery-import-", ".csv");
		Files.writeString(csv, """
				Issue key,Issue Type,Summary,Status,Parent,Custom field (Story Points),Outward issue link (Blocks)
				%1$s-1,Epic,Imported epic %1$s,To Do,,,
				%1$s-2,Story,Imported child one %1$s,To Do,%1$s-1,3,%1$s-3
				%1$s-3,Story,Imported child two %1$s,To Do,%1$s-1,5,%1$s-2
				""".formatted(project));
		List<String> keys = List.of(project + "-1", project + "-2", project + "-3");
		try {
			previews(csv);
			assertThat(rowActions()).containsOnlyKeys(keys).allSatisfy((key, action) -> assertThat(action).isEqualTo("CREATED"));
			assertThat(paul.find("#import-counts").getText()).contains("Would create\n3");

			paul.act(() -> paul.find("#import-apply").click());
			paul.wait(BrowserSession.WAIT).until(d -> outcome("false"));
			assertThat(paul.find("#import-counts").getText()).contains("Created\n3").contains("Errors\n0");
			assertThat(paul.find("#import-history").getText()).contains("apply").contains("preview");
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#import-links").contains("1 dependencies created, 0 "
					+ "existed already, 1 refused"));
			assertThat(linkStatus(project + "-2")).isEqualTo("CREATED");
			assertThat(linkStatus(project + "-3")).isEqualTo("REFUSED");
			assertThat(paul.text("#import-rows tbody tr[data-key='" + project + "-3'] li"))
				.contains("blocks " + project + "-2: refused (This BLOCKS dependency would close a cycle");
			assertThat(importedDependencies(project)).containsExactly(project + "-2 blocks " + project + "-3");
			paul.script("document.getElementById('import-mapping').scrollIntoView()");
			paul.screenshot("import");

			paul.act(() -> paul.find("#import-backlog-link").click());
			paul.awaitRendered("backlog");
			String epic = paul.wait(BrowserSession.WAIT).until(d -> attributeOfRow("Imported epic " + project, "", "data-key"));
			for (String child : List.of("Imported child one ", "Imported child two ")) {
				paul.wait(BrowserSession.WAIT)
					.until(d -> epic.equals(attributeOfRow(child + project, ".parent", "data-parent")));
			}
			paul.wait(BrowserSession.WAIT).withMessage("the imported leaves reach the alignment view, unaligned")
				.until(d -> api.get("/api/alignment/products/PAY/export?format=csv").body()
					.contains("Imported child one " + project));

			previews(csv);
			assertThat(rowActions()).containsOnlyKeys(keys).allSatisfy((key, action) -> assertThat(action).isEqualTo("UNCHANGED"));
			paul.act(() -> paul.find("#import-apply").click());
			paul.wait(BrowserSession.WAIT).until(d -> outcome("false"));
			assertThat(paul.find("#import-counts").getText()).contains("Unchanged\n3").contains("Created\n0");
			paul.wait(BrowserSession.WAIT).until(d -> paul.text("#import-links").contains("0 dependencies created, 1 "
					+ "existed already, 1 refused"));
			assertThat(importedDependencies(project)).containsExactly(project + "-2 blocks " + project + "-3");
			previews(csv);
			paul.driver.manage().window().setSize(new Dimension(390, 844));
			assertThat(paul.overflowing()).as("the import page with a preview at 390 px").isEmpty();
			assertThat(paul.consoleErrors()).isEmpty();
		}
		finally {
			paul.driver.manage().window().setSize(new Dimension(1400, 1000));
			Files.deleteIfExists(csv);
		}
	}

	/** Opens the import page, chooses the file (its format recognised) and waits for the finished preview. */
	private void previews(Path csv) {
		paul.open("import");
		paul.find("#import-file").sendKeys(csv.toAbsolutePath().toString());
		paul.wait(BrowserSession.WAIT).until(d -> "jira-csv".equals(paul.find("#import-format").getDomProperty("value")));
		paul.act(() -> paul.find("#import-preview").click());
		paul.wait(BrowserSession.WAIT).until(d -> outcome("true"));
		assertThat(paul.find("#import-apply").isEnabled()).as("a completed preview may be applied").isTrue();
	}

	private boolean outcome(String dryRun) {
		List<WebElement> shown = paul.all("#import-outcome[data-status=COMPLETED][data-dry-run='" + dryRun + "']");
		return !shown.isEmpty();
	}

	/** The status of the one Blocks link the row of this external key names. */
	private String linkStatus(String externalKey) {
		return paul.find("#import-rows tbody tr[data-key='" + externalKey + "'] li").getAttribute("data-link-status");
	}

	/** The dependencies of PAY an import of this project made, by their note ("P-2 blocks P-3"), through the gateway. */
	private List<String> importedDependencies(String project) {
		JsonNode page = PlatformClient.json(api.get("/api/dependencies?product=PAY&size=500"));
		return page.path("content").values().stream()
			.map(dependency -> dependency.path("note").asString(""))
			.filter(note -> note.startsWith("Imported from jira: " + project + "-"))
			.map(note -> note.substring("Imported from jira: ".length()))
			.toList();
	}

	private java.util.Map<String, String> rowActions() {
		var actions = new java.util.TreeMap<String, String>();
		paul.all("#import-rows tbody tr[data-key]:not([data-action=MISSING])").forEach(row -> actions.put(row.getAttribute("data-key"),
				row.getAttribute("data-action")));
		return actions;
	}

	/** An attribute of the backlog row with this title, or of an element in it; null while there is none. */
	private String attributeOfRow(String title, String inRow, String attribute) {
		return paul.all("#backlog > li").stream()
			.filter(row -> row.getText().contains(title))
			.flatMap(row -> inRow.isEmpty() ? java.util.stream.Stream.of(row)
					: row.findElements(org.openqa.selenium.By.cssSelector(inRow)).stream())
			.map(element -> element.getAttribute(attribute))
			.findFirst()
			.orElse(null);
	}

	private JsonNode item(String id) {
		return PlatformClient.json(api.get("/api/backlog/items/" + id));
	}

	private List<String> rankedIds() {
		JsonNode page = PlatformClient.json(api.get("/api/backlog/products/PAY/items?size=500"));
		return page.path("content").valueStream().map(item -> item.path("id").asString()).toList();
	}

}
