package org.refinery.alignment.link;

import org.refinery.alignment.goal.Actor;

/** A link was stated or (when no longer {@code active}) removed by {@code actor}. */
public record LinkChanged(Link link, Actor actor) {
}
