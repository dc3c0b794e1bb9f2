package org.refinery.alignment.summary;

import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The alignment of several products together. A theme's actual share across products is the
 * effort serving it in all of them over all their effort, so bigger backlogs weigh more; the
 * trend adds up each day's snapshots the same way.
 */
public record Portfolio(List<ProductFigures> products, List<ThemeInvestment> themes, List<TrendPoint> trend) {

	/**
	 * A product's headline figures; {@code largestDrift} is the theme drift furthest from zero.
	 * {@code asOf} is when they were computed; {@code stale} says the product changed since and
	 * newer figures are on their way.
	 */
	public record ProductFigures(String productKey, Ratio overall, int goalsWithoutWork, int unalignedItems,
			BigDecimal largestDrift, String largestDriftTheme, Instant asOf, boolean stale) {
	}

	/**
	 * All visible products (or one) on one day; {@code backfilled} when any of the day's figures
	 * was computed afterwards from history rather than measured on the day.
	 */
	public record TrendPoint(LocalDate day, int items, int alignedItems, BigDecimal byCount, BigDecimal effort,
			BigDecimal byEffort, boolean backfilled) {
	}

	private record Drift(String title, BigDecimal value) {
	}

	public static Portfolio of(List<ComputedSummary> computed, List<Snapshot> snapshots) {
		List<ProductFigures> products = computed.stream().map(Portfolio::figures).toList();
		return new Portfolio(products, themes(computed.stream().map(ComputedSummary::summary).toList()),
				trend(snapshots));
	}

	static ProductFigures figures(ComputedSummary computed) {
		AlignmentSummary summary = computed.summary();
		Stream<Drift> drifts = Stream.concat(
				summary.investment().stream().map(theme -> new Drift(theme.title(), theme.drift())),
				summary.goalInvestment().stream().map(goal -> new Drift(goal.title(), goal.drift())));
		Drift largest = drifts.filter(drift -> drift.value() != null)
			.max(Comparator.comparing((Drift drift) -> drift.value().abs()))
			.orElse(new Drift(null, null));
		return new ProductFigures(summary.productKey(), summary.overall(), summary.goalsWithoutWork().size(),
				summary.unaligned().size(), largest.value(), largest.title(), computed.computedAt(), computed.stale());
	}

	/** Themes with a portfolio target, measured against it: here {@code target} is the portfolio's. */
	private static List<ThemeInvestment> themes(List<AlignmentSummary> summaries) {
		BigDecimal total = summaries.stream().map(s -> s.overall().effort()).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<UUID, ThemeInvestment> combined = new LinkedHashMap<>();
		for (AlignmentSummary summary : summaries) {
			summary.investment().stream().filter(theme -> theme.portfolioTarget() != null).forEach(theme ->
				combined.merge(theme.themeId(), theme, (a, b) -> new ThemeInvestment(a.themeId(), a.title(),
						a.portfolioTarget(), a.portfolioTarget(), a.servedEffort().add(b.servedEffort()), null, null)));
		}
		return combined.values().stream().map(theme -> {
			BigDecimal actual = Ratio.share(theme.servedEffort(), total);
			return new ThemeInvestment(theme.themeId(), theme.title(), theme.portfolioTarget(),
					theme.portfolioTarget(), theme.servedEffort(), actual,
					actual == null ? null : actual.subtract(theme.portfolioTarget()));
		}).sorted(Comparator.comparing(ThemeInvestment::title)).toList();
	}

	/** The daily sums of the snapshots, oldest first: the portfolio's trend, or one product's. */
	public static List<TrendPoint> trend(List<Snapshot> snapshots) {
		Map<LocalDate, Snapshot> byDay = new TreeMap<>();
		for (Snapshot snapshot : snapshots) {
			byDay.merge(snapshot.day(), snapshot, (a, b) -> new Snapshot(a.day(), "*", a.items() + b.items(),
					a.alignedItems() + b.alignedItems(), a.effort().add(b.effort()),
					a.alignedEffort().add(b.alignedEffort()), a.backfilled() || b.backfilled()));
		}
		return byDay.values().stream().map(day -> {
			Ratio ratio = Ratio.of(day.alignedItems(), day.items(), day.alignedEffort(), day.effort());
			return new TrendPoint(day.day(), day.items(), day.alignedItems(), ratio.byCount(), ratio.effort(),
					ratio.byEffort(), day.backfilled());
		}).toList();
	}

}
