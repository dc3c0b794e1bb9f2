package org.refinery.backlog.health;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refinery.backlog.health.HealthPart.*;

/** The health score on examples computed by hand; each expectation shows its arithmetic. */
class HealthScoreTest {

	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	static ProductFigures figures(String readyPoints, List<Integer> done, long topReady, long topCount,
			long daysSinceSession, long represented, long teams) {
		return new ProductFigures("PAY", Map.of(), new BigDecimal(readyPoints),
				done.stream().map(BigDecimal::valueOf).toList(), topReady, topCount, Map.of(), daysSinceSession,
				represented, teams);
	}

	/** Every part with data; see each comment for the part's arithmetic. */
	static HealthFacts healthy() {
		// median of 10 18 21 21 25 30 = 21; 33.6 / 21 = 1.6 sprints
		var f = figures("33.6", List.of(21, 18, 25, 21, 30, 10), 30, 50, 21, 3, 4);
		return new HealthFacts(f, 14, 4, 1, 5, 1, 20, new ForecastSpread(2.0, 12));
	}

	static PartScore part(HealthScore score, HealthPart part) {
		return score.parts().stream().filter(p -> p.part() == part).findFirst().orElseThrow();
	}

	@Test
	void every_part_is_scored_on_its_curve_and_explained() {
		var score = HealthScore.of(healthy(), NOW);

		assertThat(score.parts()).extracting(PartScore::part).containsExactly(HealthPart.values());
		assertThat(part(score, READY_DEPTH)).extracting(PartScore::score, PartScore::value, PartScore::unit,
				PartScore::explanation)
			.containsExactly(80, 1.6, "sprints",
					"1.6 sprints of ready work at a median velocity of 21 points; healthy from 2");
		assertThat(part(score, TOP_READINESS).score()).isEqualTo(75); // 30/50 = 0.6; 0.6/0.8
		assertThat(part(score, CADENCE).score()).isEqualTo(75); // (42 - 21) / 28
		assertThat(part(score, REPRESENTATION).score()).isEqualTo(75); // 3 of 4 teams
		assertThat(part(score, DEPENDENCIES).score()).isEqualTo(75); // 1 of 4 aged
		assertThat(part(score, ORDERING).score()).isEqualTo(80); // 1 of 5 in conflict
		assertThat(part(score, ALIGNMENT).score()).isEqualTo(50); // 20/50 = 0.4; 0.4/0.8
		assertThat(part(score, PREDICTABILITY).score()).isEqualTo(67); // (3 - 2) / 1.5
		assertThat(score.parts()).allSatisfy(p -> assertThat(p.explanation()).isNotBlank());
	}

	@Test
	void the_total_is_the_mean_of_the_parts_weighted_by_their_weights() {
		// 80*20 + 75*20 + 75*15 + 75*15 + 75*10 + 80*10 + 50*5 + 67*5 = 7485; / 100 = 74.85
		assertThat(HealthScore.of(healthy(), NOW).score()).isEqualTo(75);
		assertThat(List.of(HealthPart.values()).stream().mapToInt(HealthPart::weight).sum()).isEqualTo(100);
	}

	@Test
	void parts_without_data_say_so_and_are_left_out_of_the_weighting() {
		// no velocity, no open items, no teams, no forecast; cadence 0 (never), dependencies and ordering 100
		var f = figures("12", List.of(0, 0, 0), 0, 0, -1, 0, 0);
		var score = HealthScore.of(new HealthFacts(f, 14, 0, 0, 0, 0, 0, null), NOW);

		assertThat(score.parts()).filteredOn(p -> !p.hasData()).extracting(PartScore::part)
			.containsExactly(READY_DEPTH, TOP_READINESS, REPRESENTATION, ALIGNMENT, PREDICTABILITY);
		assertThat(score.parts()).filteredOn(p -> !p.hasData())
			.allSatisfy(p -> assertThat(p.explanation()).endsWith("left out of the score"))
			.allSatisfy(p -> assertThat(p.value()).isNull());
		assertThat(part(score, PREDICTABILITY).explanation()).startsWith("no forecast");
		assertThat(part(score, CADENCE).score()).isZero();
		// (0*15 + 100*10 + 100*10) / 35 = 57.14
		assertThat(score.score()).isEqualTo(57);
	}

	@Test
	void a_missing_forecast_shifts_its_weight_to_the_other_parts() {
		var facts = healthy();
		var without = new HealthFacts(facts.figures(), 14, 4, 1, 5, 1, 20, null);
		// (7485 - 67*5) / 95 = 75.26
		assertThat(HealthScore.of(without, NOW).score()).isEqualTo(75);
		assertThat(HealthScore.total(List.of(PartScore.scored(READY_DEPTH, 40, 0.8, "x"),
				PartScore.withoutData(PREDICTABILITY, "none"), PartScore.scored(CADENCE, 100, 3, "y"))))
			.isEqualTo(66); // (40*20 + 100*15) / 35 = 65.71
	}

	@Test
	void ready_depth_reaches_full_marks_at_two_sprints_and_no_further() {
		assertThat(PartScoring.readyDepth(figures("10", List.of(20), 0, 0, 0, 0, 0)).score()).isEqualTo(25);
		assertThat(PartScoring.readyDepth(figures("40", List.of(20), 0, 0, 0, 0, 0)).score()).isEqualTo(100);
		assertThat(PartScoring.readyDepth(figures("100", List.of(20), 0, 0, 0, 0, 0)).score()).isEqualTo(100);
		assertThat(PartScoring.readyDepth(figures("0", List.of(20), 0, 0, 0, 0, 0)).score()).isZero();
	}

	@Test
	void top_readiness_and_alignment_reach_full_marks_at_eighty_percent() {
		assertThat(PartScoring.topReadiness(figures("0", List.of(), 40, 50, 0, 0, 0)).score()).isEqualTo(100);
		assertThat(PartScoring.topReadiness(figures("0", List.of(), 50, 50, 0, 0, 0)).score()).isEqualTo(100);
		assertThat(PartScoring.topReadiness(figures("0", List.of(), 2, 10, 0, 0, 0)).score()).isEqualTo(25);
		var f = figures("0", List.of(), 0, 10, 0, 0, 0);
		assertThat(PartScoring.alignment(new HealthFacts(f, 14, 0, 0, 0, 0, 6, null)).score()).isEqualTo(75);
	}

	@Test
	void cadence_is_full_within_one_period_and_zero_from_three() {
		assertThat(PartScoring.cadence(figures("0", List.of(), 0, 0, 14, 0, 0), 14).score()).isEqualTo(100);
		assertThat(PartScoring.cadence(figures("0", List.of(), 0, 0, 28, 0, 0), 14).score()).isEqualTo(50);
		assertThat(PartScoring.cadence(figures("0", List.of(), 0, 0, 42, 0, 0), 14).score()).isZero();
		assertThat(PartScoring.cadence(figures("0", List.of(), 0, 0, 90, 0, 0), 14).score()).isZero();
	}

	@Test
	void dependencies_and_ordering_lose_the_share_that_is_aged_or_in_conflict() {
		var f = figures("0", List.of(), 0, 0, 0, 0, 0);
		assertThat(PartScoring.dependencies(new HealthFacts(f, 14, 3, 3, 0, 0, 0, null)).score()).isZero();
		assertThat(PartScoring.ordering(new HealthFacts(f, 14, 0, 0, 4, 1, 0, null)))
			.extracting(PartScore::score, PartScore::value)
			.containsExactly(75, 1.0);
		assertThat(PartScoring.ordering(new HealthFacts(f, 14, 0, 0, 0, 0, 0, null)).score()).isEqualTo(100);
	}

	@Test
	void predictability_is_full_up_to_a_spread_of_one_and_a_half_and_zero_from_three() {
		assertThat(PartScoring.predictability(new ForecastSpread(1.5, 3)).score()).isEqualTo(100);
		assertThat(PartScoring.predictability(new ForecastSpread(2.25, 3)).score()).isEqualTo(50);
		assertThat(PartScoring.predictability(new ForecastSpread(3.5, 3)).score()).isZero();
	}

	@Test
	void the_spread_is_the_median_p95_over_p50_counting_beyond_the_horizon_as_its_end_plus_one() {
		var spread = ForecastSpread.of(List.of(new ForecastSpread.Percentiles(2, 3),
				new ForecastSpread.Percentiles(1, null), new ForecastSpread.Percentiles(4, 6),
				new ForecastSpread.Percentiles(null, null)), 4);
		// 3/2 = 1.5, (4+1)/1 = 5, 6/4 = 1.5; the item without a P50 does not count
		assertThat(spread).isEqualTo(new ForecastSpread(1.5, 3));
		assertThat(ForecastSpread.of(List.of(new ForecastSpread.Percentiles(2, 4),
				new ForecastSpread.Percentiles(1, 3)), 6)).isEqualTo(new ForecastSpread(2.5, 2));
		assertThat(ForecastSpread.of(List.of(new ForecastSpread.Percentiles(null, null)), 6)).isNull();
	}

	@Test
	void the_weakest_part_is_the_lowest_scoring_one_with_data_the_heavier_on_a_tie() {
		var parts = List.of(new PartScore(ALIGNMENT, 40, 5, 0.32, "ratio", "a"),
				new PartScore(CADENCE, 40, 15, 30.0, "days", "c"), new PartScore(READY_DEPTH, 90, 20, 1.8, "sprints", "r"),
				new PartScore(PREDICTABILITY, null, 5, null, "p95/p50", "none"));
		var score = new HealthScore("PAY", 62, NOW, parts);

		assertThat(score.weakest()).map(PartScore::part).contains(CADENCE);
		assertThat(score.valueOf(READY_DEPTH)).isEqualTo(1.8);
		assertThat(score.valueOf(PREDICTABILITY)).isNull();
		assertThat(new HealthScore("PAY", 0, NOW, List.of(parts.get(3))).weakest()).isEmpty();
	}

}
