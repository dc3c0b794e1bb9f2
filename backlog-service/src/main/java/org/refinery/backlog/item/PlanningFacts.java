package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the ready-for-planning view reads, each in one query however many items it shows. */
public interface PlanningFacts {

	/** The team's READY items of the product in rank order, at most {@code limit}. */
	List<Item> readyOf(UUID productId, String teamKey, int limit);

	/**
	 * Per completed period (0 = the one starting at {@code firstPeriod}), the points and items the
	 * team finished, from period {@code fromPeriod} on.
	 */
	Map<Long, Completed> completedSince(UUID productId, String teamKey, LocalDate firstPeriod, int periodDays,
			long fromPeriod);

	/** The open BLOCKS prerequisites of each of the items, from the dependencies this service was told of. */
	Map<UUID, List<ReadyForPlanning.Prerequisite>> openPrerequisites(List<UUID> itemIds);

	/** What a team finished in one period. */
	record Completed(BigDecimal points, long items) {
	}

}
