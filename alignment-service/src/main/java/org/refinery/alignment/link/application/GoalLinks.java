package org.refinery.alignment.link.application;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.goal.Actor;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalAccessDenied;
import org.refinery.alignment.goal.GoalNotFound;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.goal.History;
import org.refinery.alignment.link.AlreadyLinked;
import org.refinery.alignment.link.ItemNotVisible;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.alignment.link.LinkNotFound;
import org.refinery.alignment.link.LinkRevisions;
import org.refinery.alignment.link.LinkRuleViolation;
import org.refinery.alignment.link.LinkRules;
import org.refinery.alignment.link.Links;
import org.refinery.alignment.link.ServedGoal;
import org.refinery.alignment.link.ServingItem;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Service
public class GoalLinks {

	private final Links links;

	private final BacklogItems items;

	private final Goals goals;

	private final LinkRevisions revisions;

	private final ApplicationEventPublisher events;

	GoalLinks(Links links, BacklogItems items, Goals goals, LinkRevisions revisions, ApplicationEventPublisher events) {
		this.links = links;
		this.revisions = revisions;
		this.items = items;
		this.goals = goals;
		this.events = events;
	}

	/** States that an item serves a goal. Items and goals the caller cannot see count as unknown. */
	@Transactional
	public Link link(UUID itemId, UUID goalId, String rationale, BigDecimal weight, Caller caller) {
		BacklogItem item = items.byId(itemId)
			.filter(found -> caller.canSee(found.productKey()))
			.orElseThrow(() -> new LinkRuleViolation("Item " + itemId + " is not known to alignment or not visible "
					+ "to you"));
		requireLinker(item.productKey(), caller);
		Goal goal = goals.byId(goalId)
			.filter(found -> found.productKey() == null || caller.canSee(found.productKey()))
			.orElseThrow(() -> new LinkRuleViolation("Goal " + goalId + " does not exist or is not visible to you"));
		links.activeBetween(itemId, goalId).ifPresent(existing -> {
			throw new AlreadyLinked(item.key(), goal.title(), existing.id());
		});
		Link link = Link.create(UUID.randomUUID(), item, goal, rationale, weight);
		links.add(link, caller.username());
		events.publishEvent(new LinkChanged(link, Actor.of(caller)));
		return link;
	}

	/** The goals an item serves, through its active links, in the order they were linked. */
	@Transactional(readOnly = true)
	public List<ServedGoal> servedBy(UUID itemId, Caller caller) {
		items.byId(itemId).filter(found -> caller.canSee(found.productKey())).orElseThrow(() -> new ItemNotVisible(itemId));
		return links.activeOf(itemId)
			.stream()
			.flatMap(link -> goals.byId(link.goalId()).map(goal -> new ServedGoal(link, goal)).stream())
			.toList();
	}

	/**
	 * The items serving a goal, through its active links, oldest link first: only the items of
	 * products the caller may see; a goal the caller may not see is not found.
	 */
	@Transactional(readOnly = true)
	public List<ServingItem> serving(UUID goalId, Caller caller) {
		goals.byId(goalId)
			.filter(goal -> goal.productKey() == null || caller.canSee(goal.productKey()))
			.orElseThrow(() -> new GoalNotFound(goalId));
		return links.activeTo(goalId)
			.stream()
			.filter(link -> caller.canSee(link.productKey()))
			.flatMap(link -> items.byId(link.itemId()).map(item -> new ServingItem(link, item)).stream())
			.toList();
	}

	/** A link's changes, newest first, active or not, if the caller may see its product. */
	@Transactional(readOnly = true)
	public History history(UUID id, int offset, int limit, Caller caller) {
		links.byId(id).filter(found -> caller.canSee(found.productKey())).orElseThrow(() -> LinkNotFound.anyLink(id));
		return new History(revisions.of(id, offset, limit), revisions.countOf(id));
	}

	/** Removes a link; it stays stored, inactive. */
	@Transactional
	public Link unlink(UUID id, Caller caller) {
		Link link = links.byId(id)
			.filter(Link::active)
			.filter(found -> caller.canSee(found.productKey()))
			.orElseThrow(() -> new LinkNotFound(id));
		requireLinker(link.productKey(), caller);
		Link removed = link.unlinked();
		links.update(removed);
		events.publishEvent(new LinkChanged(removed, Actor.of(caller)));
		return removed;
	}

	private static void requireLinker(String productKey, Caller caller) {
		if (!LinkRules.linksWorkOf(caller, productKey)) {
			throw new GoalAccessDenied("Only product owners of " + productKey + " and portfolio managers link its "
					+ "items to goals");
		}
	}

}
