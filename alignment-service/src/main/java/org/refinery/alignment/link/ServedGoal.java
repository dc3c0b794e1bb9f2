package org.refinery.alignment.link;

import org.refinery.alignment.goal.Goal;

/** An active link of an item together with the goal it serves, as the item's panel lists them. */
public record ServedGoal(Link link, Goal goal) {
}
