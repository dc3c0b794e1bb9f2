package org.refinery.backlog.session;

import org.refinery.backlog.product.Actor;

/** A session was scheduled, recorded an outcome ({@code outcome} set) or closed. */
public record SessionChanged(Session session, Outcome outcome, Actor actor) {
}
