package org.refinery.devstack.seed;

import org.refinery.devstack.seed.Vocabulary.Epic;
import org.refinery.devstack.seed.Vocabulary.Feature;

import java.util.List;

/** The Storefront (SHOP) product's backlog vocabulary. */
final class StorefrontVocabulary {

	private StorefrontVocabulary() {
	}

	static Vocabulary of() {
		return new Vocabulary("SHOP",
				List.of(new Epic("One-page checkout", "PG-SHOP-CHECKOUT", List.of(
								new Feature("Address autocomplete", "SHOP-CART"),
								new Feature("Guest checkout", "SHOP-CART"),
								new Feature("Saved carts across devices", "SHOP-MOBILE"))),
						new Epic("Search relevance", "PG-SHOP-SEARCH", List.of(
								new Feature("Typo-tolerant search", "SHOP-SEARCH"),
								new Feature("Faceted filters", "SHOP-SEARCH"),
								new Feature("Personalised ranking", "SHOP-CATALOG"))),
						new Epic("Catalog quality", "PG-SHOP-SEARCH", List.of(
								new Feature("Bulk product import", "SHOP-CATALOG"),
								new Feature("Rich product media", "SHOP-REVIEWS"),
								new Feature("Price-drop notifications", "SHOP-MOBILE"))),
						new Epic("Promotions and loyalty", "PG-SHOP-LOYALTY", List.of(
								new Feature("Coupon engine", "SHOP-PROMO"),
								new Feature("Loyalty points", "SHOP-PROMO"),
								new Feature("Verified reviews", "SHOP-REVIEWS")))),
				List.of("Add a product to the cart", "Apply a coupon", "Save the cart for later", "Check out as a guest",
						"Autocomplete the delivery address", "Filter results by size and colour", "Sort results by rating",
						"Correct a misspelt search", "Show similar products", "Import products from a CSV file",
						"Upload a product video", "Notify a shopper about a price drop", "Redeem loyalty points",
						"Earn points for a review", "Write a verified review", "Report an abusive review",
						"Show delivery dates before checkout", "Choose a pick-up point", "Reorder a past purchase",
						"Share a wish list", "Compare two products", "Show stock per store", "Track a parcel",
						"Return an item online"),
				List.of("on mobile", "on the web shop", "in the iOS app", "in the Android app", "for logged-in shoppers",
						"for guest shoppers", "in every market", "with accessibility support"),
				List.of("Split the catalog service database", "Introduce a search index alias for reindexing",
						"Upgrade the mobile build pipeline", "Add contract tests for the cart API",
						"Cache product pages at the edge", "Replace the coupon batch job",
						"Add tracing to the checkout flow", "Automate visual regression tests",
						"Move image resizing to a worker", "Feature-flag the new ranking"),
				List.of("Cart loses items after login", "Coupon applies twice with a promo bundle",
						"Search returns no results for umlauts", "Filter counts are wrong after paging",
						"Product video does not autoplay on iOS", "Review stars round incorrectly",
						"Price-drop push sent for out-of-stock items", "Address autocomplete ignores house numbers",
						"Android app crashes on empty wish list", "Loyalty balance shows the wrong currency"),
				List.of("shoppers finish their purchase faster", "shoppers find what they want on the first try",
						"shoppers come back more often", "merchandisers keep the catalog accurate with less work",
						"support gets fewer complaints"));
	}

}
