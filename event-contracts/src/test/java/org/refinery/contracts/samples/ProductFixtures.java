package org.refinery.contracts.samples;

import static org.refinery.contracts.samples.SampleValues.PAUL;
import static org.refinery.contracts.samples.SampleValues.PAY;
import static org.refinery.contracts.samples.SampleValues.PAY_CHECKOUT;
import static org.refinery.contracts.samples.SampleValues.PAY_LEDGER;
import static org.refinery.contracts.samples.SampleValues.at;
import static org.refinery.contracts.samples.SampleValues.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refinery.contracts.backlog.products.ChecklistItem;
import org.refinery.contracts.backlog.products.DefinitionOfReady;
import org.refinery.contracts.backlog.products.DefinitionOfReadyChanged;
import org.refinery.contracts.backlog.products.DeliveryMode;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.contracts.backlog.products.ProductState;
import org.refinery.contracts.backlog.products.ProductUpdated;
import org.refinery.contracts.backlog.products.ReadinessRule;
import org.refinery.contracts.backlog.products.RuleSetting;
import org.refinery.contracts.backlog.products.TeamCreated;
import org.refinery.contracts.backlog.products.TeamState;
import org.refinery.contracts.backlog.products.TeamUpdated;
import org.refinery.contracts.backlog.products.WorkMode;

/** The expected records of the {@code refinery.backlog.products.v1} samples. */
final class ProductFixtures {

	private ProductFixtures() {
	}

	static ProductCreated productCreated() {
		return new ProductCreated(id("5323c73b-b92c-43f8-baa6-980c54dfb695"), at("2026-01-05T08:30:00Z"), PAY, PAY, 1,
				PAUL, pay("Every customer pays the way they like, in one step."));
	}

	static ProductUpdated productUpdated() {
		return new ProductUpdated(id("9ecd965a-7b8a-4332-b452-1e9894c6b891"), at("2026-02-16T10:05:00Z"), PAY, PAY, 2,
				PAUL, pay("Every returning customer pays in one tap, on every channel we sell on."), Set.of("vision"));
	}

	static TeamCreated teamCreated() {
		return new TeamCreated(id("92df7112-c162-46c2-9e27-14eada64451a"), at("2026-01-05T08:45:00Z"), PAY,
				PAY_CHECKOUT, 1, PAUL, new TeamState(PAY_CHECKOUT, PAY, "PAY-CHECKOUT", "Checkout", WorkMode.SCRUM));
	}

	static TeamUpdated teamUpdated() {
		return new TeamUpdated(id("14d0e6fa-af36-4bee-b84b-8c88764e1b74"), at("2026-02-02T09:00:00Z"), PAY, PAY_LEDGER,
				2, PAUL, new TeamState(PAY_LEDGER, PAY, "PAY-LEDGER", "Ledger and Reconciliation", WorkMode.KANBAN),
				Set.of("name", "workMode"));
	}

	static DefinitionOfReadyChanged definitionOfReadyChanged() {
		var rules = List.of(new RuleSetting(ReadinessRule.HAS_ACCEPTANCE_CRITERIA, Map.of()),
				new RuleSetting(ReadinessRule.ESTIMATED, Map.of()),
				new RuleSetting(ReadinessRule.ESTIMATE_WITHIN_LIMIT, Map.of("maxEstimate", "8")),
				new RuleSetting(ReadinessRule.TEAM_ASSIGNED, Map.of()),
				new RuleSetting(ReadinessRule.DEPENDENCIES_ACKNOWLEDGED, Map.of()));
		var checklist = List.of(new ChecklistItem("ux-reviewed", "Has UX reviewed the customer flow?"),
				new ChecklistItem("security-assessed", "Has security assessed the card data the item touches?"));
		return new DefinitionOfReadyChanged(id("8a307319-0fb1-4b48-a8b7-ae1352d1c39c"), at("2026-02-16T10:20:00Z"),
				PAY, PAY, 3, PAUL, pay("Every returning customer pays in one tap, on every channel we sell on."),
				new DefinitionOfReady(rules, checklist));
	}

	static ProductMembersChanged productMembersChanged() {
		var members = List.of(new ProductMember("paul", MemberRole.PRODUCT_OWNER, null),
				new ProductMember("tess", MemberRole.TEAM_MEMBER, "PAY-CHECKOUT"),
				new ProductMember("vic", MemberRole.VIEWER, null));
		return new ProductMembersChanged(id("3f1c9a52-7e0b-4d6a-9c85-2b7d41e6a0f3"), at("2026-02-16T10:30:00Z"), PAY,
				PAY, 3, PAUL, "PAY", members);
	}

	private static ProductState pay(String vision) {
		return new ProductState(PAY, "PAY", "Payments", vision, DeliveryMode.SCALED_SCRUM, 14, 84,
				LocalDate.parse("2026-01-05"));
	}

}
