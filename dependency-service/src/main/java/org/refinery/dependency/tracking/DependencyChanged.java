package org.refinery.dependency.tracking;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dependency was identified ({@code before} is null), changed status, or followed its item to
 * another team. One event per change, published in the transaction that stored it.
 */
public record DependencyChanged(Dependency before, Dependency after, Actor actor) {

	public boolean identified() {
		return before == null;
	}

	public boolean statusChanged() {
		return before != null && before.status() != after.status();
	}

	/** The names of the team fields that changed, as the contract's {@code DependencyState} calls them. */
	public Set<String> changedTeams() {
		Set<String> changed = new TreeSet<>();
		if (before != null && !Objects.equals(before.dependent().teamKey(), after.dependent().teamKey())) {
			changed.add("dependentTeamKey");
		}
		if (before != null && !Objects.equals(before.prerequisite().teamKey(), after.prerequisite().teamKey())) {
			changed.add("prerequisiteTeamKey");
		}
		return changed;
	}

}
