package org.refinery.dependency.tracking;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A BLOCKS dependency that would close a cycle (answered 409 with the cycle). The cycle starts
 * and ends with the dependent item; each step needs the next one.
 */
public class CycleRefused extends RuntimeException {

	private final List<Dependency.End> cycle;

	public CycleRefused(List<Dependency.End> cycle) {
		super("This BLOCKS dependency would close a cycle: " + cycle.stream()
			.map(end -> end.itemKey() + " (" + (end.teamKey() == null ? "no team" : end.teamKey()) + ")")
			.collect(Collectors.joining(" needs ")));
		this.cycle = List.copyOf(cycle);
	}

	public List<Dependency.End> cycle() {
		return cycle;
	}

}
