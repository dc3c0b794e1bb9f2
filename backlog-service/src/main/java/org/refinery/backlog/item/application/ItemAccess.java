package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemReferenceRefused;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.ReadinessSources;
import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.item.application.ProductBacklog.Added;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.DefinitionOfReady;
import org.refinery.backlog.product.DefinitionsOfReady;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Who may see and change which item, and the one way a change is stored and announced. An item
 * in a product the caller may not see does not exist for them.
 */
@Component
class ItemAccess {

	private final Products products;

	private final Teams teams;

	private final Items items;

	private final DefinitionsOfReady definitions;

	private final ReadinessSources sources;

	private final ReadinessViews views;

	private final ApplicationEventPublisher events;

	ItemAccess(Products products, Teams teams, Items items, DefinitionsOfReady definitions, ReadinessSources sources,
			ReadinessViews views, ApplicationEventPublisher events) {
		this.views = views;
		this.products = products;
		this.teams = teams;
		this.items = items;
		this.definitions = definitions;
		this.sources = sources;
		this.events = events;
	}

	/** The item's readiness under its product's Definition of Ready and what other services told us. */
	Readiness readinessOf(Item item) {
		return Readiness.of(item, definitions.of(item.productId()), sources.factsOf(item.id()));
	}

	DefinitionOfReady definitionOf(Item item) {
		return definitionOf(item.productId());
	}

	DefinitionOfReady definitionOf(UUID productId) {
		return definitions.of(productId);
	}

	Item visibleItem(UUID id, Caller caller) {
		Item item = items.byId(id).orElseThrow(() -> new ItemNotFound(id));
		if (products.withKey(item.productKey(), ProductScope.of(caller)).isEmpty()) {
			throw new ItemNotFound(id);
		}
		return item;
	}

	Product visibleProduct(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

	boolean manages(Caller caller, String productKey) {
		return caller.ownsProduct(productKey);
	}

	/** The item, if the caller is in its team or manages its product and holds its current version. */
	Item editable(UUID id, Long expectedVersion, Caller caller) {
		Item item = visibleItem(id, caller);
		if (!manages(caller, item.productKey()) && (item.teamKey() == null || !caller.isMemberOf(item.teamKey()))) {
			throw new ProductAccessDenied("Only members of team " + item.teamKey() + " and product owners edit "
					+ item.key());
		}
		requireVersion(item, expectedVersion);
		return item;
	}

	static void requireVersion(Item item, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != item.version()) {
			throw new StaleVersion(expectedVersion, item.version());
		}
	}

	void requireTeamOf(Product product, String teamKey) {
		if (teamKey != null && teams.withKey(teamKey).filter(t -> t.productId().equals(product.id())).isEmpty()) {
			throw new ItemRuleViolation("Team " + teamKey + " is not a team of product " + product.key());
		}
	}

	/**
	 * The id, sent in the field at {@code pointer}, must name an item of the product. Unknown, in
	 * another product or invisible: one answer ({@link ItemReferenceRefused}), so ids cannot be probed.
	 */
	Item requireItemOf(Product product, UUID id, String pointer) {
		return items.byId(id)
			.filter(item -> item.productId().equals(product.id()))
			.orElseThrow(() -> new ItemReferenceRefused(pointer, id, product.key()));
	}

	/**
	 * Handing an item to another team is the product owner's call, or one its members agree on
	 * both sides: a team member alone may not push work onto a team she is not part of, nor take
	 * work away from one she is not part of.
	 */
	void requireHandOver(Item item, String teamKey, Caller caller) {
		if (java.util.Objects.equals(item.teamKey(), teamKey) || manages(caller, item.productKey())) {
			return;
		}
		if (item.teamKey() == null || teamKey == null || !caller.isMemberOf(item.teamKey())
				|| !caller.isMemberOf(teamKey)) {
			throw new ProductAccessDenied("Only product owners of " + item.productKey()
					+ " and members of both the old and the new team hand " + item.key() + " from "
					+ (item.teamKey() == null ? "no team" : item.teamKey()) + " to "
					+ (teamKey == null ? "no team" : teamKey));
		}
	}

	/** Stores and announces a change; one that changes nothing is none: no version, no history, no event. */
	Item apply(Change change, Item before, Item after, Caller caller) {
		if (!after.differsFrom(before)) {
			return before;
		}
		return store(change, before, after, caller);
	}

	/** Stores and announces a new version whose change lies outside the item's fields (its readiness, its children). */
	Item store(Change change, Item before, Item after, Caller caller) {
		items.update(before, after, Actor.of(caller));
		announce(change, before, after, caller);
		return after;
	}

	/** Stores a new item with its readiness, which needs no facts ({@link Readiness#ofNew}), and announces it. */
	Added add(Item item, DefinitionOfReady definition, Caller caller) {
		Readiness readiness = Readiness.ofNew(item, definition);
		items.add(item, readiness.ready(), Actor.of(caller));
		events.publishEvent(new ItemChanged(Change.CREATED, null, item, readiness, Actor.of(caller), List.of()));
		return new Added(item, readiness);
	}

	/** Announces a change with the item's readiness, remembering what readiness was announced. */
	void announce(Change change, Item before, Item after, Caller caller) {
		announce(change, before, after, caller, List.of());
	}

	void announce(Change change, Item before, Item after, Caller caller, List<UUID> children) {
		Readiness readiness = readinessOf(after);
		views.announceReady(after.id(), readiness.ready());
		events.publishEvent(new ItemChanged(change, before, after, readiness, Actor.of(caller), children));
	}

}
