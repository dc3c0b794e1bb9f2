package org.refinery.dependency.tracking;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dependency was identified ({@code before} is null), changed status, needed-by or note, or
 * followed its item to another team. One event per change, published in the transaction that
 * stored it; its history is recorded from the same event.
 */
public record DependencyChanged(Dependency before, Dependency after, Actor actor) {

	public boolean identified() {
		return before == null;
	}

	public boolean statusChanged() {
		return before != null && before.status() != after.status();
	}

	/**
	 * The names of the changed fields the contract's {@code DependencyState} carries (the owning
	 * teams and the needed-by); a change of the note alone changes none of them.
	 */
	public Set<String> changedFields() {
		Set<String> changed = new TreeSet<>();
		if (before == null) {
			return changed;
		}
		if (!Objects.equals(before.dependent().teamKey(), after.dependent().teamKey())) {
			changed.add("dependentTeamKey");
		}
		if (!Objects.equals(before.prerequisite().teamKey(), after.prerequisite().teamKey())) {
			changed.add("prerequisiteTeamKey");
		}
		if (!Objects.equals(before.neededBy(), after.neededBy())) {
			changed.add("neededBy");
		}
		return changed;
	}

}
