package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemNotFound;
import org.refinery.backlog.item.ItemQuery;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.NewItem;
import org.refinery.backlog.item.Ranks;
import org.refinery.backlog.item.Readiness;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.product.Caller;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.team.Teams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Service
public class ProductBacklog {

	private final Products products;

	private final Teams teams;

	private final Items items;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProductBacklog(Products products, Teams teams, Items items, ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.teams = teams;
		this.items = items;
		this.events = events;
		this.clock = clock;
	}

	/** Adds an item at the end of the product order, as DRAFT. */
	@Transactional
	public Item add(String productKey, NewItem command, Caller caller) {
		Product product = visible(productKey, caller);
		requireTeamOf(product, command.teamKey());
		command.contributingTeamKeys().forEach(team -> requireTeamOf(product, team));
		if (!manages(caller, productKey) && (command.teamKey() == null || !caller.isMemberOf(command.teamKey()))) {
			throw new ProductAccessDenied("Only members of the owning team or product owners add items");
		}
		long number = items.nextNumber(product.id());
		String rank = Ranks.between(items.lastRank(product.id()).orElse(null), null);
		Item item = new Item(UUID.randomUUID(), product.id(), product.key(), product.key() + "-" + number,
				command.type(), command.title(), command.description(), command.acceptanceCriteria(),
				command.estimate(), command.teamKey(), command.contributingTeamKeys(), command.parentId(), rank,
				ItemStatus.DRAFT, null, 1);
		items.add(item, caller.actor());
		events.publishEvent(new ItemChanged(Change.CREATED, null, item, caller.actor()));
		return item;
	}

	@Transactional(readOnly = true)
	public Item get(UUID id, Caller caller) {
		return visibleItem(id, caller);
	}

	@Transactional(readOnly = true)
	public Page page(String productKey, ItemFilter filter, Caller caller, int offset, int limit) {
		Product product = visible(productKey, caller);
		var query = new ItemQuery(product.id(), filter.teamKey(), filter.status(), filter.type());
		return new Page(items.page(query, offset, limit), items.count(query));
	}

	@Transactional
	public Item estimate(UUID id, long expectedVersion, BigDecimal points, Caller caller) {
		Item before = editable(id, expectedVersion, caller);
		return apply(Change.ESTIMATED, before, before.estimated(points), caller);
	}

	@Transactional
	public Item changeStatus(UUID id, long expectedVersion, ItemStatus target, Caller caller) {
		Item before = editable(id, expectedVersion, caller);
		return apply(Change.STATUS_CHANGED, before, before.movedTo(target, Readiness.of(before), clock.instant()),
				caller);
	}

	/** Places the item right before or right after another item of the same product. */
	@Transactional
	public Item move(UUID id, Long expectedVersion, UUID targetId, boolean before, Caller caller) {
		Item item = visibleItem(id, caller);
		if (!manages(caller, item.productKey())) {
			throw new ProductAccessDenied("Only product owners of " + item.productKey() + " reorder its backlog");
		}
		requireVersion(item, expectedVersion);
		if (id.equals(targetId)) {
			throw new ItemRuleViolation("An item cannot be moved relative to itself");
		}
		items.nextNumber(item.productId());
		Item target = items.byId(targetId)
			.filter(other -> other.productId().equals(item.productId()))
			.orElseThrow(() -> new ItemRuleViolation("Item " + targetId + " is not in product " + item.productKey()));
		String neighbour = items.neighbourRank(item.productId(), target.rank(), before).orElse(null);
		String rank = before ? Ranks.between(neighbour, target.rank()) : Ranks.between(target.rank(), neighbour);
		return apply(Change.RERANKED, item, item.reranked(rank), caller);
	}

	/** The item's readiness, rule by rule. */
	@Transactional(readOnly = true)
	public Readiness readiness(UUID id, Caller caller) {
		return Readiness.of(visibleItem(id, caller));
	}

	private Item apply(Change change, Item before, Item after, Caller caller) {
		items.update(before, after, caller.actor());
		events.publishEvent(new ItemChanged(change, before, after, caller.actor()));
		return after;
	}

	private Item editable(UUID id, long expectedVersion, Caller caller) {
		Item item = visibleItem(id, caller);
		if (!manages(caller, item.productKey()) && (item.teamKey() == null || !caller.isMemberOf(item.teamKey()))) {
			throw new ProductAccessDenied("Only members of team " + item.teamKey() + " and product owners edit "
					+ item.key());
		}
		requireVersion(item, expectedVersion);
		return item;
	}

	private static void requireVersion(Item item, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != item.version()) {
			throw new StaleVersion(expectedVersion, item.version());
		}
	}

	private Item visibleItem(UUID id, Caller caller) {
		Item item = items.byId(id).orElseThrow(() -> new ItemNotFound(id));
		if (products.withKey(item.productKey(), caller.scope()).isEmpty()) {
			throw new ItemNotFound(id);
		}
		return item;
	}

	private boolean manages(Caller caller, String productKey) {
		return caller.mayManage(productKey, products.isOwnedBy(productKey, caller.subject()));
	}

	private void requireTeamOf(Product product, String teamKey) {
		if (teamKey != null && teams.withKey(teamKey).filter(t -> t.productId().equals(product.id())).isEmpty()) {
			throw new ItemRuleViolation("Team " + teamKey + " is not a team of product " + product.key());
		}
	}

	private Product visible(String productKey, Caller caller) {
		return products.withKey(productKey, caller.scope()).orElseThrow(() -> new ProductNotFound(productKey));
	}

	/** Optional filters of a product's backlog view. */
	public record ItemFilter(String teamKey, ItemStatus status, org.refinery.backlog.item.ItemType type) {
	}

	/** One page of items in rank order, and how many match in all. */
	public record Page(List<Item> items, long total) {
	}

}
