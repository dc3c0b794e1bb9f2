package org.refinery.backlog.health;

/**
 * The parts of the refinement-health score and their weights (they add up to 100). Ready depth
 * and the readiness of the top items weigh most because they decide whether the next planning
 * can happen at all; predictability and alignment weigh least because they depend on other
 * services' data that a product may not use yet.
 */
public enum HealthPart {

	READY_DEPTH(20, "sprints"), TOP_READINESS(20, "ratio"), CADENCE(15, "days"), REPRESENTATION(15, "ratio"),
	DEPENDENCIES(10, "ratio"), ORDERING(10, "conflicts"), ALIGNMENT(5, "ratio"), PREDICTABILITY(5, "p95/p50");

	private final int weight;

	private final String unit;

	HealthPart(int weight, String unit) {
		this.weight = weight;
		this.unit = unit;
	}

	public int weight() {
		return weight;
	}

	public String unit() {
		return unit;
	}

}
