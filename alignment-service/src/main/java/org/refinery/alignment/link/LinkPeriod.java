package org.refinery.alignment.link;

import java.time.Instant;
import java.util.Objects;

/**
 * When a link held: from {@code linkedAt} until {@code unlinkedAt} ({@code null} while it holds).
 * A link removed before removals were dated has no {@code unlinkedAt} although it no longer holds:
 * {@link #known()} is false for it.
 */
public record LinkPeriod(Link link, Instant linkedAt, Instant unlinkedAt) {

	public LinkPeriod {
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(linkedAt, "linkedAt");
	}

	public boolean known() {
		return link.active() || unlinkedAt != null;
	}

}
