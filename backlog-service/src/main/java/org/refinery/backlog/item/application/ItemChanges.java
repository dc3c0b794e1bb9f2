package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemChanged.Change;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.ReadinessSources;
import org.refinery.backlog.item.ReadinessViews;
import org.refinery.backlog.product.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
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

	private final ReadinessSources sources;

	private final ReadinessViews views;

	private final ReadinessReassessment reassessment;

	private final Clock clock;

	ItemChanges(ItemAccess access, ReadinessSources sources, ReadinessViews views, ReadinessReassessment reassessment,
			Clock clock) {
		this.access = access;
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

	@Transactional
	public Item assign(UUID id, Long expectedVersion, String teamKey, Set<String> contributors, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		var product = access.visibleProduct(before.productKey(), caller);
		access.requireTeamOf(product, teamKey);
		contributors.forEach(team -> access.requireTeamOf(product, team));
		return access.apply(Change.ASSIGNED, before, before.assigned(teamKey, contributors), caller);
	}

	@Transactional
	public Item estimate(UUID id, Long expectedVersion, BigDecimal points, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		return access.apply(Change.ESTIMATED, before, before.estimated(points), caller);
	}

	@Transactional
	public Item changeStatus(UUID id, Long expectedVersion, ItemStatus target, Caller caller) {
		Item before = access.editable(id, expectedVersion, caller);
		Item after = access.apply(Change.STATUS_CHANGED, before,
				before.movedTo(target, access.readinessOf(before), clock.instant()), caller);
		reassessment.reassess(views.dependentsOf(id));
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
		sources.tick(id, code, ticked, caller.username());
		return access.apply(Change.READINESS_CHANGED, before, before.reassessed(), caller);
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

}
