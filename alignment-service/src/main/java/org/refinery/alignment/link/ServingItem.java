package org.refinery.alignment.link;

import org.refinery.alignment.backlog.BacklogItem;

/** An active link to a goal together with the item it links, as the goal's list of work shows them. */
public record ServingItem(Link link, BacklogItem item) {
}
