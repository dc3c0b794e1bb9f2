package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.item.ItemContent;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a tracker's words become Refinery's, by default and as a request overrides them. */
class ImportMappingTest {

	static final Set<String> TEAMS = Set.of("SHOP-CHECKOUT", "SHOP-LEDGER");

	@Test
	void trackerTypesAndStatusesMapByDefaultIgnoringCase() {
		ItemContent content = ImportMapping.defaults().content(row("user story", "IN PROGRESS", "3"), TEAMS, null);

		assertThat(content.type()).isEqualTo(ItemType.STORY);
		assertThat(content.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(content.estimate()).isEqualByComparingTo("3");
	}

	@Test
	void anUnknownTypeOrStatusIsTheRowsErrorSayingHowToMapIt() {
		assertThatThrownBy(() -> ImportMapping.defaults().content(row("Saga", "To Do", null), TEAMS, null))
			.isInstanceOf(RowRefused.class)
			.hasMessageStartingWith("type 'Saga' is not mapped");
		assertThatThrownBy(() -> ImportMapping.defaults().content(row("Story", "Parked", null), TEAMS, null))
			.hasMessage("status 'Parked' is not mapped (map it in mapping.statuses)");
	}

	@Test
	void theRequestsEntriesWinOverTheDefaults() {
		var mapping = new ImportMapping(Map.of("Task", ItemType.ENABLER, "Saga", ItemType.EPIC),
				Map.of("Parked", ItemStatus.IN_REFINEMENT), null, Map.of("Payments", "SHOP-LEDGER"), null, null);

		ItemContent content = mapping.content(new SourceRow(2, "A-1", null, "task", "T", null, "parked", null, null,
				"Payments", List.of(), List.of(), null, List.of(), List.of()), TEAMS, null);

		assertThat(content.type()).isEqualTo(ItemType.ENABLER);
		assertThat(content.status()).isEqualTo(ItemStatus.IN_REFINEMENT);
		assertThat(content.teamKey()).isEqualTo("SHOP-LEDGER");
	}

	@Test
	void anAreaPathNamesItsTeamByItsLastSegmentIgnoringCase() {
		assertThat(ImportMapping.defaults().team("Shop\\Teams\\shop-checkout", TEAMS)).isEqualTo("SHOP-CHECKOUT");
	}

	@Test
	void aTeamOfNoProductTeamIsTheRowsError() {
		assertThatThrownBy(() -> ImportMapping.defaults().team("Marketing", TEAMS)).isInstanceOf(RowRefused.class)
			.hasMessageContaining("mapping.teams");
	}

	@Test
	void estimatesMustBeNumbersBetween0And1000AndMayUseADecimalComma() {
		assertThat(ImportMapping.estimate("2,5")).isEqualByComparingTo(new BigDecimal("2.5"));
		assertThatThrownBy(() -> ImportMapping.estimate("five")).hasMessage("estimate 'five' is not a number");
		assertThatThrownBy(() -> ImportMapping.estimate("1001")).hasMessageContaining("not between 0 and 1000");
	}

	@Test
	void aRowWithoutTitleOrWithAnOverlongOneIsRefused() {
		assertThatThrownBy(() -> ImportMapping.defaults().content(new SourceRow(2, "A-1", null, "Story", " ", null,
				"To Do", null, null, null, null, null, null, null, null), TEAMS, null)).hasMessage("has no title");
		assertThatThrownBy(() -> ImportMapping.defaults().content(new SourceRow(2, "A-1", null, "Story", "x".repeat(301),
				null, "To Do", null, null, null, null, null, null, null, null), TEAMS, null))
			.hasMessageContaining("longer than 300");
	}

	@Test
	void moreOrLongerAcceptanceCriteriaThanTheApiTakesAreTheRowsError() {
		assertThatThrownBy(() -> ImportMapping.defaults().content(new SourceRow(2, "A-1", null, "Story", "T", null,
				"To Do", null, null, null, null, java.util.Collections.nCopies(51, "c"), null, null, null), TEAMS, null))
			.hasMessage("has 51 acceptance criteria, more than 50");
		assertThatThrownBy(() -> ImportMapping.defaults().content(new SourceRow(2, "A-1", null, "Story", "T", null,
				"To Do", null, null, null, null, List.of("c".repeat(2_001)), null, null, null), TEAMS, null))
			.hasMessageContaining("longer than 2000");
	}

	private static SourceRow row(String type, String status, String estimate) {
		return new SourceRow(2, "A-1", null, type, "Title", null, status, null, estimate, "shop-checkout", List.of(),
				List.of(), null, List.of(), List.of());
	}

}
