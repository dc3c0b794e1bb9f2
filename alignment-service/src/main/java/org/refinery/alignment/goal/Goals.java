package org.refinery.alignment.goal;

import java.util.List;

/** The stored goals, in hierarchy order (level, then title). */
public interface Goals {

	List<Goal> matching(GoalQuery query, int offset, int limit);

	long countMatching(GoalQuery query);

}
