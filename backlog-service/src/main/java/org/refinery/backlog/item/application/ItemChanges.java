package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Completion;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.ReadinessSources;
import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Changes to one item by its team or its product owners: clarify, assign, estimate, move along
 * its life, remove and restore. Each change is one version, one history entry, one event.
 */
@Service
public class ItemChanges {

	private final ItemAccess access;

	private final Items items;

	private final ReadinessSources sources;

	private final ReadinessViews views;

	private final ReadinessReassessment reassessment;

	private final Clock clock;

	ItemChanges(ItemAccess access, Items items, ReadinessSources sources, ReadinessViews views,
			ReadinessReassessment reassessment, Clock clock) {
		this.access = access;
		this.items = items;
		this.sources = sources;
		this.views = views;
		this.reassessment = reassessment;
		this.clock = clock;
	}

	@Transactional
	public Item refine(UUID id, Long expectedVersion, String title, String description, List<String> criteria,
			Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		return access.apply(Change.REFINED, before, before.refined(title, description, criteria), caller);
	}

	/**
	 * Clarifies the text and reassigns the teams as one request asked: two changes, two versions,
	 * two events, but in one transaction, so that a refused reassignment (another team, no right
	 * to hand the item over) leaves the text as it was. Absent fields stay as they are.
	 */
	@Transactional
	public Item clarify(UUID id, Long expectedVersion, Clarification clarification, Caller caller) {
		Long version = expectedVersion;
		Item item = null;
		if (clarification.refines()) {
			item = refine(id, version, clarification.title(), clarification.description(),
					clarification.acceptanceCriteria(), caller);
			version = item.version();
		}
		if (clarification.assigns()) {
			Item current = item == null ? access.visibleItem(id, caller) : item;
			item = assign(id, version, clarification.teamKey() == null ? current.teamKey() : clarification.teamKey(),
					clarification.contributingTeamKeys() == null ? current.contributingTeamKeys()
							: clarification.contributingTeamKeys(), caller);
		}
		return item;
	}

	@Transactional
	public Item assign(UUID id, Long expectedVersion, String teamKey, Set<String> contributors, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		var product = access.visibleProduct(before.productKey(), caller);
		access.requireTeamOf(product, teamKey);
		contributors.forEach(team -> access.requireTeamOf(product, team));
		access.requireHandOver(before, teamKey, caller);
		return access.apply(Change.ASSIGNED, before, before.assigned(teamKey, contributors), caller);
	}

	@Transactional
	public Item estimate(UUID id, Long expectedVersion, BigDecimal points, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		return access.apply(Change.ESTIMATED, before, before.estimated(points), caller);
	}

	/**
	 * Moves the item to {@code target}; {@code completedAt}, when not null, says when the work
	 * was really finished (see {@link Completion}). Only those who answer for the product's
	 * figures may say so: a claimed date moves its velocity and forecasts.
	 */
	@Transactional
	public Item changeStatus(UUID id, Long expectedVersion, ItemStatus target, Instant completedAt, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		Instant finishedAt = clock.instant();
		if (completedAt != null) {
			if (!access.manages(caller, before.productKey())) {
				throw new ProductAccessDenied("Only product owners of " + before.productKey()
						+ " and administrators record when work was finished; move the item to DONE without "
						+ "completedAt to record now");
			}
			finishedAt = Completion.of(before, target, completedAt,
					access.visibleProduct(before.productKey(), caller).firstPeriodStart(), finishedAt);
		}
		Item after = access.apply(Change.STATUS_CHANGED, before,
				before.movedTo(target, access.readinessOf(before), finishedAt), caller);
		if (after != before) {
			reassessment.reassess(views.dependentsOf(id));
		}
		return after;
	}

	/**
	 * Ticks or unticks a custom checklist item of the product's Definition of Ready. Readiness is
	 * part of the item's state on the wire, so this is a new version too.
	 */
	@Transactional
	public Item check(UUID id, Long expectedVersion, String code, boolean ticked, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		if (access.definitionOf(before).checklist().stream().noneMatch(check -> check.code().equals(code))) {
			throw new ItemRuleViolation("The Definition of Ready of " + before.productKey() + " has no checklist item "
					+ code);
		}
		if (!sources.tick(id, code, ticked, caller.username())) {
			return before;
		}
		Item after = access.store(Change.READINESS_CHANGED, before, before.reassessed(), caller);
		items.recordHistory(after, Actor.of(caller), "check:" + code, ticked ? "unticked" : "ticked",
				ticked ? "ticked" : "unticked");
		return after;
	}

	/** Declares the item ready, as a refinement session decided; see {@link Item#readied}. */
	@Transactional
	public Item declareReady(UUID id, Caller caller) {
		Item before = access.editable(id, null, caller);
		Item after = access.apply(Change.STATUS_CHANGED, before, before.readied(access.readinessOf(before)), caller);
		if (after != before) {
			reassessment.reassess(views.dependentsOf(id));
		}
		return after;
	}

	@Transactional
	public Item remove(UUID id, Long expectedVersion, String reason, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		return access.apply(Change.REMOVED, before, before.removed(reason), caller);
	}

	@Transactional
	public Item restore(UUID id, Long expectedVersion, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		return access.apply(Change.RESTORED, before, before.restored(), caller);
	}

	/** What one request clarifies and reassigns; null fields stay as they are. */
	public record Clarification(String title, String description, List<String> acceptanceCriteria, String teamKey,
			Set<String> contributingTeamKeys) {

		public boolean refines() {
			return title != null || description != null || acceptanceCriteria != null;
		}

		public boolean assigns() {
			return teamKey != null || contributingTeamKeys != null;
		}

	}

}
