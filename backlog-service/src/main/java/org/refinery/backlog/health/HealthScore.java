package org.refinery.backlog.health;

import java.time.Instant;
import java.util.List;

/**
 * The refinement-health score of a product, 0–100: the weighted mean of the parts that have
 * data. Parts without data drop out of the weighting rather than count as 0, so that a product
 * is not punished for a service it does not use (yet); their explanation says so.
 *
 * @param productKey the product
 * @param score the weighted total
 * @param computedAt when it was computed
 * @param parts every part, in the order of {@link HealthPart}
 */
public record HealthScore(String productKey, int score, Instant computedAt, List<PartScore> parts) {

	public HealthScore {
		parts = List.copyOf(parts);
	}

	public static HealthScore of(HealthFacts facts, Instant now) {
		ProductFigures f = facts.figures();
		List<PartScore> parts = List.of(PartScoring.readyDepth(f), PartScoring.topReadiness(f),
				PartScoring.cadence(f, facts.periodDays()), PartScoring.representation(f),
				PartScoring.dependencies(facts), PartScoring.ordering(facts), PartScoring.alignment(facts),
				PartScoring.predictability(facts.forecast()));
		return new HealthScore(f.productKey(), total(parts), now, parts);
	}

	static int total(List<PartScore> parts) {
		long weighted = 0;
		long weights = 0;
		for (PartScore part : parts) {
			if (part.hasData()) {
				weighted += (long) part.score() * part.weight();
				weights += part.weight();
			}
		}
		return weights == 0 ? 0 : (int) Math.round((double) weighted / weights);
	}

}
