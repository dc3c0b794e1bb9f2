package org.refinery.alignment.goal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a change did to a goal, field by field, for its history. */
public final class GoalDiff {

	private GoalDiff() {
	}

	/** Every field whose value differs; from a {@code null} goal (creation), every field that has a value. */
	public static List<FieldChange> between(Goal before, Goal after) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "parentId", before == null ? null : before.parentId(), after.parentId());
		add(changes, "title", before == null ? null : before.title(), after.title());
		add(changes, "owner", before == null ? null : before.owner(), after.owner());
		add(changes, "status", before == null ? null : before.status(), after.status());
		add(changes, "weight", before == null ? null : before.weight(), after.weight());
		add(changes, "targetInvestmentShare", before == null ? null : before.targetInvestmentShare(),
				after.targetInvestmentShare());
		add(changes, "timeframeStart", before == null ? null : before.timeframeStart(), after.timeframeStart());
		add(changes, "timeframeEnd", before == null ? null : before.timeframeEnd(), after.timeframeEnd());
		add(changes, "keyResults", before == null || before.keyResults().isEmpty() ? null : before.keyResults(),
				after.keyResults().isEmpty() ? null : after.keyResults());
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before, after));
		}
	}

}
