package org.refinery.backlog.health;

/**
 * One part of the health score. A part without data has neither score nor value; it says so in
 * its explanation and does not count towards the total.
 *
 * @param part which part
 * @param score 0–100, or {@code null} without data
 * @param weight the part's weight in the total
 * @param value the measured figure the score comes from, or {@code null} without data
 * @param unit the unit of {@code value}
 * @param explanation why the part scores what it does, in words a product owner can act on
 */
public record PartScore(HealthPart part, Integer score, int weight, Double value, String unit, String explanation) {

	static PartScore scored(HealthPart part, double score, double value, String explanation) {
		int bounded = (int) Math.round(Math.max(0, Math.min(100, score)));
		return new PartScore(part, bounded, part.weight(), Math.round(value * 100) / 100.0, part.unit(), explanation);
	}

	static PartScore withoutData(HealthPart part, String explanation) {
		return new PartScore(part, null, part.weight(), null, part.unit(),
				explanation + "; left out of the score");
	}

	public boolean hasData() {
		return score != null;
	}

}
