package org.refinery.dependency.backlog;

import java.util.Objects;

/**
 * The read model applied a newer state of an item; {@code before} is null for an item seen for
 * the first time. Published inside the transaction that stored it, so what other features do in
 * response commits with it.
 */
public record BacklogItemChanged(BacklogItem before, BacklogItem after) {

	/** The item reached DONE with this change. */
	public boolean becameDone() {
		return after.status() == ItemStatus.DONE && (before == null || before.status() != ItemStatus.DONE);
	}

	/** The item was removed from the backlog with this change. */
	public boolean becameRemoved() {
		return after.status() == ItemStatus.REMOVED && (before == null || before.status() != ItemStatus.REMOVED);
	}

	/** The item was handed to another team (or unassigned) with this change. */
	public boolean reassigned() {
		return before != null && !Objects.equals(before.teamKey(), after.teamKey());
	}

	/** The item came back from removal with this change. */
	public boolean restored() {
		return before != null && before.status() == ItemStatus.REMOVED && after.status() != ItemStatus.REMOVED;
	}

}
