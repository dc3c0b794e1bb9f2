package org.refinery.alignment.goal.web;

import java.util.List;

/** One page of goals; {@code totalElements} counts every match the caller may see. */
record GoalPage(List<GoalView> content, int page, int size, long totalElements) {
}
