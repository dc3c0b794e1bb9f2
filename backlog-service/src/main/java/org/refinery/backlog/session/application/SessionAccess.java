package org.refinery.backlog.session.application;

import org.refinery.backlog.item.Items;
import org.refinery.backlog.product.Caller;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.Sessions;
import org.refinery.backlog.team.Teams;
import org.springframework.stereotype.Component;

import java.util.Collection;
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
		if (products.withKey(session.productKey(), caller.scope()).isEmpty()) {
			throw new SessionNotFound(id);
		}
		return session;
	}

	Product visibleProduct(String productKey, Caller caller) {
		return products.withKey(productKey, caller.scope()).orElseThrow(() -> new ProductNotFound(productKey));
	}

	/** The session, if the caller facilitates it or manages its product: who may correct, close or cancel it. */
	Session steerable(UUID id, String what, Caller caller) {
		Session session = visible(id, caller);
		if (!manages(caller, session.productKey()) && !caller.username().equals(session.facilitator())) {
			throw new ProductAccessDenied("Only the facilitator and product owners " + what + " a session");
		}
		return session;
	}

	/** The session, if the caller takes part in it (by team or as a representative) or manages its product. */
	Session participating(UUID id, Caller caller) {
		Session session = visible(id, caller);
		boolean participant = session.representatives().keySet().stream().anyMatch(caller::isMemberOf)
				|| session.representatives().values().stream().anyMatch(people -> people.contains(caller.username()));
		if (!participant && !manages(caller, session.productKey())) {
			throw new ProductAccessDenied("Only participants and product owners record outcomes");
		}
		return session;
	}

	boolean manages(Caller caller, String productKey) {
		return caller.mayManage(productKey, products.isOwnedBy(productKey, caller.subject()));
	}

	void requireTeamsOf(Product product, Collection<String> teamKeys) {
		for (String teamKey : teamKeys) {
			if (teams.withKey(teamKey).filter(team -> team.productId().equals(product.id())).isEmpty()) {
				throw new SessionRuleViolation("Team " + teamKey + " is not a team of product " + product.key(), false);
			}
		}
	}

	void requireItemsOf(Product product, Collection<UUID> itemIds) {
		for (UUID itemId : itemIds) {
			if (items.byId(itemId).filter(item -> item.productId().equals(product.id())).isEmpty()) {
				throw new SessionRuleViolation("Item " + itemId + " is not in product " + product.key(), false);
			}
		}
	}

}
