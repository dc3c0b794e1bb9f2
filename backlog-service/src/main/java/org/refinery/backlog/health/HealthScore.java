package org.refinery.backlog.health;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

	/**
	 * The part with data that scores lowest, the heavier one on a tie: where a product owner gains
	 * most by acting first. Empty when no part has data.
	 */
	public Optional<PartScore> weakest() {
		return parts.stream()
			.filter(PartScore::hasData)
			.min(Comparator.comparingInt(PartScore::score).thenComparing(PartScore::weight, Comparator.reverseOrder()));
	}

	/** The measured value of one part, or {@code null} when it has no data. */
	public Double valueOf(HealthPart part) {
		return parts.stream().filter(p -> p.part() == part).findFirst().map(PartScore::value).orElse(null);
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
