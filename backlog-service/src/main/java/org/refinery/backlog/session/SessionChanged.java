package org.refinery.backlog.session;

import org.refinery.backlog.product.Actor;

import java.util.Set;

/**
 * A session was scheduled, corrected ({@code changedFields} named), recorded an outcome
 * ({@code outcome} set), closed or cancelled.
 */
public record SessionChanged(Session session, Outcome outcome, Actor actor, Set<String> changedFields) {

	public SessionChanged {
		changedFields = Set.copyOf(changedFields);
	}

	public SessionChanged(Session session, Outcome outcome, Actor actor) {
		this(session, outcome, actor, Set.of());
	}

}
