package org.refinery.backlog.team.application;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.ProductScope;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.team.CreateTeam;
import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.TeamCreated;
import org.refinery.backlog.team.Teams;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

@Service
public class TeamRoster {

	private final Products products;

	private final Teams teams;

	private final ApplicationEventPublisher events;

	TeamRoster(Products products, Teams teams, ApplicationEventPublisher events) {
		this.products = products;
		this.teams = teams;
		this.events = events;
	}

	/** Forms a team; only those who manage the product may. */
	@Transactional
	public Team form(String productKey, CreateTeam command, Caller caller) {
		Product product = visible(productKey, caller);
		if (!caller.ownsProduct(productKey)) {
			throw new ProductAccessDenied("Only product owners of " + productKey + " form its teams");
		}
		Team team = Team.form(UUID.randomUUID(), product.id(), product.key(), command);
		teams.add(team);
		events.publishEvent(new TeamCreated(team, Actor.of(caller)));
		return team;
	}

	@Transactional(readOnly = true)
	public List<Team> of(String productKey, Caller caller) {
		return teams.ofProduct(visible(productKey, caller).id());
	}

	private Product visible(String productKey, Caller caller) {
		return products.withKey(productKey, ProductScope.of(caller)).orElseThrow(() -> new ProductNotFound(productKey));
	}

}
