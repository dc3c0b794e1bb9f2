package org.refinery.backlog.item;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.product.ReadinessRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemTest {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static Item draft(List<String> criteria, BigDecimal estimate, String team) {
		return new Item(UUID.randomUUID(), UUID.randomUUID(), "PAY", "PAY-1", ItemType.STORY, "Pay by link", null,
				criteria, estimate, team, Set.of(), null, "i", ItemStatus.DRAFT, null, null, 1);
	}

	static Item refining(List<String> criteria, BigDecimal estimate, String team) {
		Item item = draft(criteria, estimate, team);
		return item.movedTo(ItemStatus.IN_REFINEMENT, Readiness.of(item), NOW);
	}

	@Test
	void everyChangeIsTheNextVersion() {
		Item item = draft(List.of(), null, null);
		assertThat(item.estimated(BigDecimal.ONE).version()).isEqualTo(2);
		assertThat(item.reranked("j").version()).isEqualTo(2);
	}

	@Test
	void anItemMeetingTheDefinitionOfReadyBecomesReady() {
		Item item = refining(List.of("Link expires after 24 h"), BigDecimal.valueOf(3), "PAY-CHECKOUT");

		assertThat(item.movedTo(ItemStatus.READY, Readiness.of(item), NOW).status()).isEqualTo(ItemStatus.READY);
	}

	@Test
	void anItemMissingCriteriaEstimateAndTeamIsNotReadyAndSaysWhy() {
		Item item = refining(List.of(), null, null);

		assertThatThrownBy(() -> item.movedTo(ItemStatus.READY, Readiness.of(item), NOW)).isInstanceOf(NotReady.class)
			.satisfies(ex -> assertThat(((NotReady) ex).readiness().failing())
				.extracting(Readiness.RuleResult::rule)
				.containsExactly(ReadinessRule.HAS_ACCEPTANCE_CRITERIA, ReadinessRule.ESTIMATED, ReadinessRule.TEAM_ASSIGNED));
	}

	@Test
	void anIllegalStepNamesTheAllowedOnes() {
		Item item = draft(List.of(), null, null);

		assertThatThrownBy(() -> item.movedTo(ItemStatus.DONE, Readiness.of(item), NOW))
			.isInstanceOf(IllegalTransition.class)
			.hasMessage("An item cannot move from DRAFT to DONE; allowed: [IN_REFINEMENT]");
	}

	@Test
	void finishingRecordsWhenAndReopeningForgetsIt() {
		Item item = draft(List.of("a"), BigDecimal.ONE, "PAY-CHECKOUT");
		for (ItemStatus step : List.of(ItemStatus.IN_REFINEMENT, ItemStatus.READY, ItemStatus.PLANNED,
				ItemStatus.IN_PROGRESS, ItemStatus.DONE)) {
			item = item.movedTo(step, Readiness.of(item), NOW);
		}
		assertThat(item.completedAt()).isEqualTo(NOW);
		assertThat(item.movedTo(ItemStatus.IN_PROGRESS, Readiness.of(item), NOW).completedAt()).isNull();
	}

	@Test
	void anEstimateOutsideZeroToAThousandBreaksARule() {
		Item item = draft(List.of(), null, null);
		assertThatThrownBy(() -> item.estimated(BigDecimal.valueOf(-1))).isInstanceOf(ItemRuleViolation.class);
		assertThatThrownBy(() -> item.estimated(BigDecimal.valueOf(1001))).isInstanceOf(ItemRuleViolation.class);
	}

	@Test
	void aChangeThatChangesNothingIsNoChange() {
		Item item = draft(List.of("Works"), new BigDecimal("5.0"), "PAY-CHECKOUT");

		assertThat(item.estimated(new BigDecimal("5")).differsFrom(item)).isFalse();
		assertThat(item.refined("Pay by link", null, List.of("Works")).differsFrom(item)).isFalse();
		assertThat(item.assigned("PAY-CHECKOUT", Set.of()).differsFrom(item)).isFalse();
		assertThat(item.estimated(new BigDecimal("8")).differsFrom(item)).isTrue();
		assertThat(item.movedTo(ItemStatus.DRAFT, Readiness.of(item), NOW)).isSameAs(item);
	}

	@Test
	void aSessionDeclaresAReadyItemReadyFromDraftInOneStep() {
		Item item = draft(List.of("Link expires after 24 h"), BigDecimal.valueOf(3), "PAY-CHECKOUT");

		Item ready = item.readied(Readiness.of(item));

		assertThat(ready.status()).isEqualTo(ItemStatus.READY);
		assertThat(ready.version()).isEqualTo(2);
		assertThat(ready.readied(Readiness.of(ready))).isSameAs(ready);
	}

	@Test
	void aSessionCannotDeclareReadyWhatFailsTheDefinitionOfReady() {
		Item item = draft(List.of(), null, "PAY-CHECKOUT");

		assertThatThrownBy(() -> item.readied(Readiness.of(item))).isInstanceOf(NotReady.class)
			.hasMessageContaining("No acceptance criteria yet");
	}

	@Test
	void aSessionDeclaresReadyNothingAlreadyBeyondRefinement() {
		Item item = refining(List.of("Works"), BigDecimal.ONE, "PAY-CHECKOUT");
		Item planned = item.movedTo(ItemStatus.READY, Readiness.of(item), NOW)
			.movedTo(ItemStatus.PLANNED, Readiness.of(item), NOW);

		assertThatThrownBy(() -> planned.readied(Readiness.of(planned))).isInstanceOf(IllegalTransition.class);
	}

}
