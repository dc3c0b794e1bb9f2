package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_42;
import static org.refinery.contracts.samples.SampleValues.TESS;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.refinery.contracts.backlog.items.ItemReadinessChanged;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.RuleResult;
import org.refinery.contracts.backlog.products.ReadinessRule;

/** The expected record of the {@code ItemReadinessChanged} sample: PAY-42 becomes ready. */
final class ReadinessFixtures {

	private ReadinessFixtures() {
	}

	static ItemReadinessChanged itemReadinessChanged() {
		var rules = List.of(
				new RuleResult(ReadinessRule.HAS_ACCEPTANCE_CRITERIA, null, true, "3 acceptance criteria"),
				new RuleResult(ReadinessRule.ESTIMATED, null, true, "estimated at 5 points"),
				new RuleResult(ReadinessRule.ESTIMATE_WITHIN_LIMIT, null, true, "5 is within the limit of 8"),
				new RuleResult(ReadinessRule.TEAM_ASSIGNED, null, true, "owned by PAY-CHECKOUT"),
				new RuleResult(ReadinessRule.DEPENDENCIES_ACKNOWLEDGED, null, true,
						"1 dependency, acknowledged by PAY-LEDGER"),
				new RuleResult(ReadinessRule.CHECKLIST_CONFIRMED, "ux-reviewed", true, "confirmed by tess"),
				new RuleResult(ReadinessRule.CHECKLIST_CONFIRMED, "security-assessed", true, "confirmed by tess"));
		return new ItemReadinessChanged(id("214cfd5e-7718-4faf-8393-9499825a7e06"), at("2026-03-02T10:30:00Z"), PAY,
				PAY_42, 6, TESS, ItemFixtures.pay42(6, ItemFixtures.TITLE_42, new BigDecimal("5"), "PAY-CHECKOUT",
						Set.of("PAY-LEDGER"), "m", ItemStatus.READY, true, 3, null),
				true, rules);
	}

}
