package org.refinery.forecast.backlog.application;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.Blockers;
import org.refinery.forecast.backlog.KnownProduct;
import org.refinery.forecast.backlog.KnownTeam;
import org.refinery.forecast.backlog.ObservedThroughput;
import org.refinery.forecast.backlog.Products;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.backlog.BacklogChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the read model: each fact is saved only when newer than what is held, and a change
 * that may move a team's throughput recomputes that team's observed history from its items.
 * Every change is announced as {@link BacklogChanged} so forecasts can be recomputed.
 */
@Service
@Transactional
public class BacklogReadModel {

	private final Products products;

	private final BacklogItems items;

	private final Blockers blockers;

	private final ThroughputHistory history;

	private final ApplicationEventPublisher events;

	BacklogReadModel(Products products, BacklogItems items, Blockers blockers, ThroughputHistory history,
			ApplicationEventPublisher events) {
		this.products = products;
		this.items = items;
		this.blockers = blockers;
		this.history = history;
		this.events = events;
	}

	public void apply(KnownProduct product) {
		if (products.save(product)) {
			events.publishEvent(new BacklogChanged(product.key()));
			products.teamsOf(product.id()).forEach(team -> recompute(team.key(), product.key()));
		}
	}

	public void apply(KnownTeam team) {
		if (products.save(team)) {
			products.byId(team.productId()).ifPresent(product -> {
				recompute(team.key(), product.key());
				events.publishEvent(new BacklogChanged(product.key()));
			});
		}
	}

	public void apply(BacklogItem item) {
		Optional<BacklogItem> before = items.byId(item.id());
		if (!items.save(item)) {
			return;
		}
		Set<String> teams = new LinkedHashSet<>();
		before.filter(BacklogItem::countsAsThroughput).ifPresent(old -> teams.add(old.teamKey()));
		if (item.countsAsThroughput()) {
			teams.add(item.teamKey());
		}
		teams.forEach(team -> recompute(team, item.productKey()));
		events.publishEvent(new BacklogChanged(item.productKey()));
	}

	public void apply(Blocker blocker) {
		if (blockers.save(blocker)) {
			products.byId(blocker.productId()).ifPresent(p -> events.publishEvent(new BacklogChanged(p.key())));
		}
	}

	private void recompute(String teamKey, String productKey) {
		Optional<KnownTeam> team = products.team(teamKey);
		Optional<KnownProduct> product = team.flatMap(t -> products.byId(t.productId()))
			.or(() -> products.byKey(productKey));
		product.ifPresent(p -> history.replaceObserved(teamKey, ObservedThroughput.of(p, teamKey,
				team.map(KnownTeam::workMode).orElse(p.defaultWorkMode()), items.doneOfTeam(teamKey))));
	}

}
