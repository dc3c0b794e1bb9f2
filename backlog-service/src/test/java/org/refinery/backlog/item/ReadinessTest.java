package org.refinery.backlog.item;

import org.junit.jupiter.api.Test;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.DefinitionOfReady.Check;
import org.refinery.backlog.product.ProductRuleViolation;
import org.refinery.backlog.product.ReadinessRule;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessTest {

	static final Item REFINED = ItemTest.draft(List.of("Paid within 3 s"), BigDecimal.valueOf(8), "PAY-CHECKOUT");

	static DefinitionOfReady only(ReadinessRule... rules) {
		return new DefinitionOfReady(EnumSet.copyOf(List.of(rules)), BigDecimal.valueOf(5),
				List.of(new Check("ux-reviewed", "Has UX reviewed the flow?")));
	}

	@Test
	void onlyEnabledRulesAreApplied() {
		var readiness = Readiness.of(REFINED, only(ReadinessRule.ESTIMATED), ReadinessFacts.none());

		assertThat(readiness.rules()).extracting(Readiness.RuleResult::rule).containsExactly(ReadinessRule.ESTIMATED);
		assertThat(readiness.ready()).isTrue();
	}

	@Test
	void anEstimateAboveTheProductsLimitAsksForASplit() {
		var readiness = Readiness.of(REFINED, only(ReadinessRule.ESTIMATE_WITHIN_LIMIT), ReadinessFacts.none());

		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.failing().getFirst().reason()).isEqualTo("Estimate 8 exceeds 5 points; split it");
	}

	@Test
	void unreadyBlockingPrerequisitesAreNamed() {
		var facts = new ReadinessFacts(Set.of(), List.of("PAY-7", "PAY-9"), 0, false, 1);

		var readiness = Readiness.of(REFINED, only(ReadinessRule.PREREQUISITES_READY), facts);

		assertThat(readiness.failing().getFirst().reason())
			.isEqualTo("Blocked by prerequisites not yet ready: PAY-7, PAY-9");
	}

	@Test
	void dependencyAndAlignmentFactsDecideTheirRules() {
		var definition = only(ReadinessRule.DEPENDENCIES_ACKNOWLEDGED, ReadinessRule.NO_DEPENDENCY_CYCLE,
				ReadinessRule.LINKED_TO_GOAL);

		assertThat(Readiness.of(REFINED, definition, new ReadinessFacts(Set.of(), List.of(), 0, false, 2)).ready())
			.isTrue();
		assertThat(Readiness.of(REFINED, definition, new ReadinessFacts(Set.of(), List.of(), 1, true, 0)).failing())
			.extracting(Readiness.RuleResult::rule)
			.containsExactly(ReadinessRule.DEPENDENCIES_ACKNOWLEDGED, ReadinessRule.NO_DEPENDENCY_CYCLE,
					ReadinessRule.LINKED_TO_GOAL);
	}

	@Test
	void eachChecklistItemIsItsOwnResult() {
		var definition = only(ReadinessRule.CHECKLIST_CONFIRMED);

		assertThat(Readiness.of(REFINED, definition, ReadinessFacts.none()).failing())
			.extracting(Readiness.RuleResult::check)
			.containsExactly("ux-reviewed");
		assertThat(Readiness.of(REFINED, definition, new ReadinessFacts(Set.of("ux-reviewed"), List.of(), 0, false, 0))
			.ready()).isTrue();
	}

	@Test
	void aDefinitionMustBeAbleToHold() {
		assertThatThrownBy(() -> new DefinitionOfReady(EnumSet.of(ReadinessRule.ESTIMATE_WITHIN_LIMIT), null, List.of()))
			.isInstanceOf(ProductRuleViolation.class);
		assertThatThrownBy(() -> new DefinitionOfReady(EnumSet.of(ReadinessRule.CHECKLIST_CONFIRMED), null, List.of()))
			.isInstanceOf(ProductRuleViolation.class);
		assertThatThrownBy(() -> new DefinitionOfReady(Set.of(), null,
				List.of(new Check("a", "x"), new Check("a", "y")))).isInstanceOf(ProductRuleViolation.class);
	}

}
