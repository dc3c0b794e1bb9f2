package org.refinery.backlog.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The read models readiness depends on, fed by the dependency and alignment services' events.
 * Each upsert applies only a newer version and says whether it did, so duplicates and
 * reordered events are harmless.
 */
public interface ReadinessViews {

	/**
	 * A dependency as the dependency service announced it; {@code announcedAt} is when the event
	 * occurred, kept from the first event only, as the dependency's age.
	 */
	record Dependency(UUID id, UUID dependentItemId, UUID prerequisiteItemId, String type, String status,
			long version, Instant announcedAt) {
	}

	/** A link from an item to a goal as the alignment service announced it. */
	record GoalLink(UUID id, UUID itemId, UUID goalId, boolean active, long version) {
	}

	boolean upsert(Dependency dependency);

	boolean upsert(GoalLink link);

	boolean upsertGoal(UUID goalId, String status, long version);

	List<UUID> itemsLinkedTo(UUID goalId);

	/** Items whose readiness may change when this item's status changes: its dependents. */
	List<UUID> dependentsOf(UUID prerequisiteItemId);

	boolean announcedReady(UUID itemId);

	void announceReady(UUID itemId, boolean ready);

}
