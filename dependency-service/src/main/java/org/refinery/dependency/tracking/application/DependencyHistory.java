package org.refinery.dependency.tracking.application;

import org.refinery.dependency.tracking.DependencyChanged;
import org.refinery.dependency.tracking.DependencyDiff;
import org.refinery.dependency.tracking.DependencyRevisions;
import org.refinery.dependency.tracking.History;
import org.refinery.dependency.tracking.Revision;
import org.refinery.membership.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Every version of a dependency, who made it and what it changed. Recorded from {@link
 * DependencyChanged} — the event every change publishes, people's and the service's own — by a
 * synchronous listener, so the revision commits with the change and its outbox event or not at
 * all, and a change that publishes no event (one that changed nothing) leaves no revision.
 */
@Service
public class DependencyHistory {

	private final DependencyIdentification identification;

	private final DependencyRevisions revisions;

	private final Clock clock;

	DependencyHistory(DependencyIdentification identification, DependencyRevisions revisions, Clock clock) {
		this.identification = identification;
		this.revisions = revisions;
		this.clock = clock;
	}

	@EventListener
	void on(DependencyChanged changed) {
		var after = changed.after();
		revisions.add(after.id(), new Revision(after.version(), changedAt(changed), changed.actor().username(),
				DependencyDiff.between(changed.before(), after)), changed.actor().subject());
	}

	/** The instant the dependency itself shows for the change, so that history and dependency agree. */
	private Instant changedAt(DependencyChanged changed) {
		if (changed.identified()) {
			return changed.after().identifiedAt();
		}
		return changed.statusChanged() ? changed.after().statusChangedAt() : clock.instant();
	}

	/** The dependency's revisions, newest first, if the caller may see the dependency. */
	@Transactional(readOnly = true)
	public History of(UUID id, int offset, int limit, Caller caller) {
		identification.visible(id, caller);
		return new History(revisions.of(id, offset, limit), revisions.countOf(id));
	}

}
