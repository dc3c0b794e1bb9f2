package org.refinery.alignment.goal;

import java.util.List;
import java.util.UUID;

/** The history of each goal, newest first. */
public interface GoalRevisions {

	void add(UUID goalId, Revision revision);

	List<Revision> of(UUID goalId, int offset, int limit);

	long countOf(UUID goalId);

}
