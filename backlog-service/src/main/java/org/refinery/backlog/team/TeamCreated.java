package org.refinery.backlog.team;

import org.refinery.backlog.product.Actor;

/** A team was formed in a product. */
public record TeamCreated(Team team, Actor actor) {
}
