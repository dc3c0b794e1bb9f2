package org.refinery.backlog.member.application;

import org.refinery.backlog.member.AccessGrant;
import org.refinery.backlog.member.LastOwnerRefused;
import org.refinery.backlog.member.MemberTeamRefused;
import org.refinery.backlog.member.MembersChanged;
import org.refinery.backlog.member.MembershipChange;
import org.refinery.backlog.member.MembershipStale;
import org.refinery.backlog.member.Memberships;
import org.refinery.backlog.member.ProductMember;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductCreated;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.refinery.membership.MemberRole;
import org.refinery.membership.Membership;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Service
public class ProductPeople {

	private final Products products;

	private final Teams teams;

	private final Memberships memberships;

	private final ApplicationEventPublisher events;

	ProductPeople(Products products, Teams teams, Memberships memberships, ApplicationEventPublisher events) {
		this.products = products;
		this.teams = teams;
		this.memberships = memberships;
		this.events = events;
	}

	/** One page of a product's people, for anyone who sees the product. */
	public record Page(List<ProductMember> members, long total, long version) {
	}

	@Transactional(readOnly = true)
	public Page members(String productKey, Caller caller, int offset, int limit) {
		Product product = visible(productKey, caller);
		return new Page(memberships.ofProduct(product.id(), offset, limit), memberships.countOf(product.id()),
				memberships.version(product.id()));
	}

	/** The roles one person holds in the product, for anyone who sees the product. */
	@Transactional(readOnly = true)
	public List<ProductMember> rolesOf(String productKey, String username, Caller caller) {
		return memberships.rolesOf(visible(productKey, caller).id(), username);
	}

	@Transactional(readOnly = true)
	public List<MembershipChange> history(String productKey, Caller caller, int offset, int limit) {
		return memberships.history(visible(productKey, caller).id(), offset, limit);
	}

	@Transactional(readOnly = true)
	public long historyCount(String productKey, Caller caller) {
		return memberships.historyCount(visible(productKey, caller).id());
	}

	/** Everything the caller may do and where each grant comes from. */
	@Transactional(readOnly = true)
	public List<AccessGrant> accessOf(Caller caller) {
		Map<String, String> productOfTeam = caller.teamKeys().stream()
			.flatMap(key -> teams.withKey(key).stream())
			.collect(Collectors.toMap(Team::key, Team::productKey));
		return AccessGrant.of(caller, productOfTeam);
	}

	/**
	 * Gives the person exactly these roles in the product: roles they hold and are not listed are
	 * revoked. Only the product's owners and administrators may; the product keeps an owner.
	 * @return the product's membership version after the change
	 */
	@Transactional
	public long assign(String productKey, String username, List<Membership> roles, Long expectedVersion,
			Caller caller) {
		Product product = manageable(productKey, caller);
		for (int i = 0; i < roles.size(); i++) {
			requireTeamOf(product, roles.get(i), "/roles/" + i + "/teamKey");
		}
		return change(product, username, Set.copyOf(roles), expectedVersion, Actor.of(caller));
	}

	/** Removes the person from the product altogether. */
	@Transactional
	public long remove(String productKey, String username, Long expectedVersion, Caller caller) {
		return change(manageable(productKey, caller), username, Set.of(), expectedVersion, Actor.of(caller));
	}

	/** The creator of a product becomes its owner, in the transaction that creates it. */
	@EventListener
	void on(ProductCreated created) {
		Product product = created.product();
		change(product, created.actor().username(),
				Set.of(new Membership(product.key(), MemberRole.PRODUCT_OWNER, null)), null, created.actor());
	}

	private long change(Product product, String username, Set<Membership> wanted, Long expectedVersion,
			Actor actor) {
		long current = memberships.version(product.id());
		if (expectedVersion != null && expectedVersion != current) {
			throw new MembershipStale(expectedVersion, current);
		}
		Set<Membership> held = new HashSet<>(memberships.ofUserIn(product.id(), product.key(), username));
		if (held.equals(wanted)) {
			return current;
		}
		long version = memberships.nextVersion(product.id());
		if (expectedVersion != null && version != expectedVersion + 1) {
			throw new MembershipStale(expectedVersion, version - 1);
		}
		held.stream().filter(role -> !wanted.contains(role))
			.forEach(role -> memberships.revoke(product.id(), version, username, role, actor.username()));
		wanted.stream().filter(role -> !held.contains(role))
			.forEach(role -> memberships.grant(product.id(), version, username, role, actor.username()));
		if (memberships.ownerCount(product.id()) == 0) {
			throw new LastOwnerRefused(product.key(), username);
		}
		events.publishEvent(new MembersChanged(product, version, memberships.allOf(product.id()), actor));
		return version;
	}

	private void requireTeamOf(Product product, Membership role, String pointer) {
		if (role.teamKey() != null && teams.withKey(role.teamKey())
			.filter(team -> team.productId().equals(product.id()))
			.isEmpty()) {
			throw new MemberTeamRefused(pointer, role.teamKey(), product.key());
		}
	}

	private Product manageable(String productKey, Caller caller) {
		Product product = visible(productKey, caller);
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only product owners of " + productKey + " and administrators change its people");
		}
		return product;
	}

	private Product visible(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

}
