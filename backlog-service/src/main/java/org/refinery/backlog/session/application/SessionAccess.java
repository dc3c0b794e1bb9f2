package org.refinery.backlog.session.application;

import org.refinery.backlog.item.ItemReferenceRefused;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.Sessions;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Who may see and change which session, and which teams and items a session may name. */
@Component
class SessionAccess {

	private final Products products;

	private final Teams teams;

	private final Items items;

	private final Sessions sessions;

	SessionAccess(Products products, Teams teams, Items items, Sessions sessions) {
		this.products = products;
		this.teams = teams;
		this.items = items;
		this.sessions = sessions;
	}

	Session visible(UUID id, Caller caller) {
		Session session = sessions.byId(id).orElseThrow(() -> new SessionNotFound(id));
		if (products.withKey(session.productKey(), ProductScope.of(caller)).isEmpty()) {
			throw new SessionNotFound(id);
		}
		return session;
	}

	Product visibleProduct(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

	/**
	 * The session, if the caller manages its product or facilitates it as one of the product's
	 * people: who may correct, close or cancel it. A facilitator named in free text who only views
	 * the product steers nothing: viewers never write (ADR 0005).
	 */
	Session steerable(UUID id, String what, Caller caller) {
		Session session = visible(id, caller);
		if (!manages(caller, session.productKey()) && !facilitates(session, caller)) {
			throw new ProductAccessDenied("Only the facilitator and product owners of " + session.productKey() + " "
					+ what + " a session");
		}
		return session;
	}

	/**
	 * The session, if the caller manages its product, facilitates it, or is one of its
	 * representatives and a member of the team they represent: who records outcomes. Being named
	 * is not enough, since names are free text; a viewer named as a representative writes nothing.
	 */
	Session participating(UUID id, Caller caller) {
		Session session = visible(id, caller);
		boolean representative = session.representatives().entrySet().stream()
			.anyMatch(team -> team.getValue().contains(caller.username()) && caller.isMemberOf(team.getKey()));
		if (!representative && !manages(caller, session.productKey()) && !facilitates(session, caller)) {
			throw new ProductAccessDenied("Only the facilitator, the representatives of its teams and product owners of "
					+ session.productKey() + " record outcomes");
		}
		return session;
	}

	/**
	 * The session, if the caller takes part in it: one of its representatives as a member of the
	 * team they represent, or its facilitator. Who votes in estimation rounds; a product owner who
	 * is neither opens and reveals rounds but has no vote.
	 */
	Session voting(UUID id, Caller caller) {
		Session session = visible(id, caller);
		boolean representative = session.representatives().entrySet().stream()
			.anyMatch(team -> team.getValue().contains(caller.username()) && caller.isMemberOf(team.getKey()));
		if (!representative && !facilitates(session, caller)) {
			throw new ProductAccessDenied("Only the facilitator and the representatives of its teams vote in the "
					+ "estimation rounds of this session");
		}
		return session;
	}

	/** The caller is the session's facilitator and a member of one of the product's teams. */
	private boolean facilitates(Session session, Caller caller) {
		return caller.username().equals(session.facilitator())
				&& teams.ofProduct(session.productId()).stream().anyMatch(team -> caller.isMemberOf(team.key()));
	}

	boolean manages(Caller caller, String productKey) {
		return caller.ownsProduct(productKey);
	}

	void requireTeamsOf(Product product, Collection<String> teamKeys) {
		for (String teamKey : teamKeys) {
			if (teams.withKey(teamKey).filter(team -> team.productId().equals(product.id())).isEmpty()) {
				throw new SessionRuleViolation("Team " + teamKey + " is not a team of product " + product.key(), false);
			}
		}
	}

	/** Every agenda entry must be an item of the product; see {@link ItemReferenceRefused} for the one answer. */
	void requireItemsOf(Product product, List<UUID> itemIds) {
		for (int i = 0; i < itemIds.size(); i++) {
			UUID itemId = itemIds.get(i);
			if (items.byId(itemId).filter(item -> item.productId().equals(product.id())).isEmpty()) {
				throw new ItemReferenceRefused("/agenda/" + i, itemId, product.key());
			}
		}
	}

}
