package org.refinery.alignment.link.application;

import org.refinery.alignment.goal.FieldChange;
import org.refinery.alignment.goal.Revision;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.LinkChanged;
import org.refinery.alignment.link.LinkRevisions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Records every link change, manual or carried by a split, in the transaction that made it: a
 * new link with what it states, a removal with the link no longer active.
 */
@Component
class LinkHistory {

	private final LinkRevisions revisions;

	private final Clock clock;

	LinkHistory(LinkRevisions revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	@EventListener
	void on(LinkChanged changed) {
		Link link = changed.link();
		List<FieldChange> changes = link.active() ? List.of(new FieldChange("itemId", null, link.itemId()),
				new FieldChange("goalId", null, link.goalId()), new FieldChange("rationale", null, link.rationale()),
				new FieldChange("contributionWeight", null, link.contributionWeight()),
				new FieldChange("active", null, true)) : List.of(new FieldChange("active", true, false));
		revisions.add(link.id(), new Revision(link.version(), link.active() ? "LINKED" : "UNLINKED", clock.instant(),
				changed.actor(), changes));
	}

}
