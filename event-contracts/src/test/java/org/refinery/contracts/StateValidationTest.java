package org.refinery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.alignment.GoalLevel;
import org.refinery.contracts.alignment.GoalState;
import org.refinery.contracts.alignment.GoalStatus;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemSplit;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ReadinessRule;
import org.refinery.contracts.backlog.products.RuleSetting;
import org.refinery.contracts.samples.EventSamples;

class StateValidationTest {

	@Test
	void anActorNeedsASubject() {
		assertThatThrownBy(() -> new Actor(null, "paul")).isInstanceOf(NullPointerException.class)
			.hasMessage("Actor.subject is required");
		assertThat(new Actor("service-account", null).username()).isNull();
	}

	@Test
	void anItemNeedsATitle() throws Throwable {
		ItemState item = EventSamples.event(ItemCreated.class).item();

		assertThatThrownBy(() -> RecordComponents.copyWith(item, "title", null))
			.isInstanceOf(NullPointerException.class)
			.hasMessage("ItemState.title is required");
	}

	@Test
	void aProductNeedsAKeyAndAPositiveSprintLength() {
		var product = EventSamples.event(ProductCreated.class).product();

		assertThatThrownBy(() -> RecordComponents.copyWith(product, "key", null))
			.hasMessage("ProductState.key is required");
		assertThatThrownBy(() -> RecordComponents.copyWith(product, "sprintLengthDays", 0))
			.hasMessage("ProductState.sprintLengthDays must be at least 1, was 0");
	}

	@Test
	void aProductGoalNeedsAProductWhileAnObjectiveDoesNot() {
		UUID id = UUID.randomUUID();

		assertThatThrownBy(() -> new GoalState(id, null, null, GoalLevel.PRODUCT_GOAL, "Goal", GoalStatus.ACTIVE, 1,
				null, null, null))
			.hasMessage("GoalState.productId is required");
		assertThat(new GoalState(id, null, null, GoalLevel.OBJECTIVE, "Goal", GoalStatus.ACTIVE, 1, null, null, null)
			.productId()).isNull();
	}

	@Test
	void missingCollectionsBecomeEmpty() throws Throwable {
		ItemState item = EventSamples.event(ItemCreated.class).item();

		var copy = (ItemState) RecordComponents.copyWith(item, "contributingTeamKeys", null);

		assertThat(copy.contributingTeamKeys()).isNotNull().isEmpty();
		assertThat(new RuleSetting(ReadinessRule.ESTIMATED, null).parameters()).isNotNull().isEmpty();
	}

	@Test
	void collectionsAreCopiedAndUnmodifiable() throws Throwable {
		ItemSplit split = EventSamples.event(ItemSplit.class);
		List<UUID> children = new ArrayList<>(split.childIds());
		Set<String> teams = new HashSet<>(Set.of("PAY-LEDGER"));
		Map<String, String> parameters = new HashMap<>(Map.of("maxEstimate", "8"));

		var copy = (ItemSplit) RecordComponents.copyWith(split, "childIds", children);
		var item = (ItemState) RecordComponents.copyWith(split.item(), "contributingTeamKeys", teams);
		var setting = new RuleSetting(ReadinessRule.ESTIMATE_WITHIN_LIMIT, parameters);
		children.clear();
		teams.clear();
		parameters.clear();

		assertThat(copy.childIds()).hasSize(2);
		assertThat(item.contributingTeamKeys()).containsExactly("PAY-LEDGER");
		assertThat(setting.parameters()).containsEntry("maxEstimate", "8");
		assertThatThrownBy(() -> copy.childIds().add(UUID.randomUUID()))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> item.contributingTeamKeys().add("PAY-RISK"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
