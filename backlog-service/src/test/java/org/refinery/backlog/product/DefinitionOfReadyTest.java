package org.refinery.backlog.product;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionOfReadyTest {

	static DefinitionOfReady limitedTo(String max, List<DefinitionOfReady.Check> checklist) {
		return new DefinitionOfReady(EnumSet.of(ReadinessRule.ESTIMATED, ReadinessRule.ESTIMATE_WITHIN_LIMIT),
				new BigDecimal(max), checklist);
	}

	@Test
	void theSameRulesLimitAndChecklistAreTheSameDefinition() {
		var ux = List.of(new DefinitionOfReady.Check("ux-reviewed", "UX reviewed?"));

		assertThat(limitedTo("8", ux).sameAs(limitedTo("8.0", ux))).isTrue();
		assertThat(DefinitionOfReady.standard().sameAs(DefinitionOfReady.standard())).isTrue();
	}

	@Test
	void anyOtherRuleLimitOrCheckIsAnotherDefinition() {
		var ux = List.of(new DefinitionOfReady.Check("ux-reviewed", "UX reviewed?"));

		assertThat(limitedTo("8", ux).sameAs(limitedTo("13", ux))).isFalse();
		assertThat(limitedTo("8", ux).sameAs(limitedTo("8", List.of()))).isFalse();
		assertThat(limitedTo("8", List.of()).sameAs(DefinitionOfReady.standard())).isFalse();
	}

}
