package org.refinery.alignment.backlog;

import java.time.Instant;

/**
 * When an item entered the backlog and when it left open work (done or removed), as far as the
 * read model knows: {@code created} is the time of its {@code ItemCreated} event (of the first
 * event seen of it otherwise); {@code closed} is its {@code completedAt} when done, the time of its
 * removal when removed, and {@code null} while open. Either is {@code null} for rows read before
 * the read model kept dates.
 */
public record ItemDates(Instant created, Instant closed) {

	public static final ItemDates UNKNOWN = new ItemDates(null, null);

}
