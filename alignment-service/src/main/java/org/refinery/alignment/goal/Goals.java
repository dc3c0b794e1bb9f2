package org.refinery.alignment.goal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored goals, listed in hierarchy order (level, then title). */
public interface Goals {

	List<Goal> matching(GoalQuery query, int offset, int limit);

	long countMatching(GoalQuery query);

	Optional<Goal> byId(UUID id);

	/** The goals directly under {@code parentId}. */
	List<Goal> childrenOf(UUID parentId);

	/** The objectives, which have no parent and so are each other's siblings. */
	List<Goal> roots();

	/** The organisation's goals and the product goals of one product (without key results), whatever their status. */
	List<Goal> inForceFor(String productKey);

	/** The goals whose target shares split one effort with {@code goal}'s: every theme, or its product's goals. */
	List<Goal> sharingTargetsWith(Goal goal);

	void add(Goal goal);

	/**
	 * Replaces {@code before} with {@code after}; raises {@link StaleVersion} when the stored goal
	 * is no longer at {@code before}'s version.
	 */
	void update(Goal before, Goal after);

}
