package org.refinery.forecast.forecast;

import org.junit.jupiter.api.Test;
import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioChangesTest {

	static final ForecastRequest BASELINE = new ForecastRequest(10_000, 6, Mode.COUNT, 42, List.of(), 8);

	static final Set<String> TEAMS = Set.of("PAY-A", "PAY-B");

	@Test
	void aCapacityChangeOverPeriodsBecomesOneAdjustmentPerPeriodOnTheBaselinesSeedAndTrials() {
		ScenarioChanges changes = new ScenarioChanges(
				List.of(new ScenarioChanges.CapacityChange("PAY-A", 2, 4, 0.5, null),
						new ScenarioChanges.CapacityChange("PAY-B", 1, 1, null, 3.0)),
				null, null, null);

		ForecastRequest request = changes.applyTo(BASELINE, TEAMS);

		assertThat(request.capacity()).containsExactly(new CapacityAdjustment("PAY-A", 2, 0.5),
				new CapacityAdjustment("PAY-A", 3, 0.5), new CapacityAdjustment("PAY-A", 4, 0.5),
				new CapacityAdjustment("PAY-B", 1, 1, 3.0));
		assertThat(request.seed()).isEqualTo(42);
		assertThat(request.trials()).isEqualTo(10_000);
		assertThat(request.historyWindow()).as("the baseline's window unless changed").isEqualTo(8);
	}

	@Test
	void twentyPercentScopeGrowthMakesEveryOpenItemOnePointTwoTimesItsSizeAndAWindowReplacesTheBaselines() {
		ForecastRequest request = new ScenarioChanges(null, new ScenarioChanges.ScopeChange(20.0, null, null), 4, null)
			.applyTo(BASELINE, TEAMS);

		assertThat(request.splitRate().low()).isEqualTo(1.2);
		assertThat(request.splitRate().high()).isEqualTo(1.2);
		assertThat(request.historyWindow()).isEqualTo(4);
	}

	@Test
	void aMoveTakesTheItemToItsPositionAndExtraItemsAreRankedLastForTheirTeam() {
		List<BacklogItem> items = List.of(item("a"), item("b"), item("c"));
		ScenarioChanges changes = new ScenarioChanges(null, new ScenarioChanges.ScopeChange(null, 2, "PAY-B"), null,
				List.of(new ScenarioChanges.RankMove(items.get(2).id(), 1)));

		List<BacklogItem> ranked = changes.applyTo(items, TEAMS);

		assertThat(ranked).extracting(BacklogItem::key).containsExactly("c", "a", "b", "EXTRA-1", "EXTRA-2");
		assertThat(ranked.subList(3, 5)).extracting(BacklogItem::teamKey).containsOnly("PAY-B");
	}

	@Test
	void changesNamingWhatTheProductDoesNotHaveArePointedAt() {
		assertThatThrownBy(() -> new ScenarioChanges(List.of(new ScenarioChanges.CapacityChange("SHOP-A", 1, 1, 0.5, null)),
				null, null, null).applyTo(BASELINE, TEAMS))
			.isInstanceOfSatisfying(InvalidForecastRequest.class, ex -> assertThat(ex.field()).isEqualTo("/capacity/0/teamKey"));
		assertThatThrownBy(() -> new ScenarioChanges(List.of(new ScenarioChanges.CapacityChange("PAY-A", 5, 7, 0.5, null)),
				null, null, null).applyTo(BASELINE, TEAMS))
			.isInstanceOfSatisfying(InvalidForecastRequest.class, ex -> assertThat(ex.field()).isEqualTo("/capacity/0/toPeriod"));
		assertThatThrownBy(() -> new ScenarioChanges(List.of(new ScenarioChanges.CapacityChange("PAY-A", 1, 1, 0.5, 2.0)),
				null, null, null).applyTo(BASELINE, TEAMS))
			.isInstanceOfSatisfying(InvalidForecastRequest.class, ex -> assertThat(ex.field()).isEqualTo("/capacity/0"));
		assertThatThrownBy(() -> new ScenarioChanges(null, null, null,
				List.of(new ScenarioChanges.RankMove(UUID.randomUUID(), 1))).applyTo(List.of(item("a")), TEAMS))
			.isInstanceOfSatisfying(InvalidForecastRequest.class, ex -> assertThat(ex.field()).isEqualTo("/moves/0/itemId"));
	}

	private static BacklogItem item(String key) {
		return new BacklogItem(UUID.randomUUID(), new UUID(0, 1), "PAY", key, "PAY-A", ItemStatus.READY, null, key, null,
				null, 1);
	}

}
