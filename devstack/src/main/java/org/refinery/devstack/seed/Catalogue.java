package org.refinery.devstack.seed;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed part of the demo organisation: products, teams (the same keys as the realm's
 * {@code /teams/...} groups) and the Definition of Ready. The products' first period start is
 * the origin of their Sprint and Release grid, not a date of the demo: it stays fixed so that a
 * seed on a later day lands on the same Sprints as the products already stored.
 */
final class Catalogue {

	private Catalogue() {
	}

	static List<DemoProduct> products() {
		return List.of(
				new DemoProduct("PAY", "Payments", "Every payment just works, for every customer, in every market.",
						"SCALED_SCRUM", 14, null, LocalDate.of(2025, 9, 1)),
				new DemoProduct("SHOP", "Storefront",
						"Shoppers find what they want and buy it in under a minute, on any device.", "SCALED_KANBAN",
						null, 28, LocalDate.of(2025, 9, 1)));
	}

	static List<DemoTeam> teams() {
		return List.of(new DemoTeam("PAY-CHECKOUT", "Checkout", "PAY", "SCRUM", "tess"),
				new DemoTeam("PAY-LEDGER", "Ledger", "PAY", "SCRUM", "theo"),
				new DemoTeam("PAY-FRAUD", "Fraud Detection", "PAY", "KANBAN", "farah"),
				new DemoTeam("PAY-PAYOUTS", "Payouts", "PAY", "SCRUM", "omar"),
				new DemoTeam("PAY-WALLET", "Wallet", "PAY", "KANBAN", "lena"),
				new DemoTeam("PAY-RISK", "Risk Engine", "PAY", "SCRUM", "ravi"),
				new DemoTeam("SHOP-CART", "Cart", "SHOP", "SCRUM", "nora"),
				new DemoTeam("SHOP-SEARCH", "Search", "SHOP", "KANBAN", "sven"),
				new DemoTeam("SHOP-CATALOG", "Catalog", "SHOP", "SCRUM", "carla"),
				new DemoTeam("SHOP-PROMO", "Promotions", "SHOP", "KANBAN", "milo"),
				new DemoTeam("SHOP-REVIEWS", "Reviews", "SHOP", "SCRUM", "yuki"),
				new DemoTeam("SHOP-MOBILE", "Mobile App", "SHOP", "SCRUM", "jonas"));
	}

	/**
	 * Rules every generated item at READY or beyond meets; the dependency and goal rules are left
	 * off because dependencies and links are seeded after the items reach their states.
	 */
	static DefinitionOfReady definitionOfReady() {
		return new DefinitionOfReady(List.of("HAS_DESCRIPTION", "HAS_ACCEPTANCE_CRITERIA", "ESTIMATED", "TEAM_ASSIGNED"),
				List.of(new DefinitionOfReady.Check("ux-reviewed", "Has UX reviewed the flows?"),
						new DefinitionOfReady.Check("privacy-noted", "Is the security and privacy impact noted?"),
						new DefinitionOfReady.Check("test-data", "Is test data available?")));
	}

	static List<Vocabulary> vocabularies() {
		return List.of(PaymentsVocabulary.of(), StorefrontVocabulary.of());
	}

}
