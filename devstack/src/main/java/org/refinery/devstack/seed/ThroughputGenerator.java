package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Each team's imported throughput: what it finished before the done items of the demo backlog,
 * at the pace those items show (its done items over the working days they took), so the history
 * a forecast samples and the work its backtest judges tell one story. Scrum teams of a product
 * with Sprints report per Sprint ({@link #SPRINTS}, on the product's Sprint grid), the others per
 * calendar day ({@link #DAYS}, weekends finishing nothing), as the forecast service samples them;
 * the counts vary by chance around the pace, its mean exact. From the first of the done items' periods
 * on, the done items are the history: the service observes them, from the team's first
 * completion. The periods before that completion are imported as zero, because the backlog says
 * the team finished nothing then, and a gap would leave them out of its history.
 */
final class ThroughputGenerator {

	static final int SPRINTS = 10;

	static final int DAYS = 56;

	/** Items per working day of a team that finished nothing in the demo backlog yet. */
	private static final double FALLBACK_PACE = 0.2;

	private final Random random;

	ThroughputGenerator(Random random) {
		this.random = random;
	}

	List<ThroughputPeriod> generate(List<DemoProduct> products, List<DemoTeam> teams, List<DemoItem> items,
			Map<String, Instant> completions, LocalDate anchor) {
		var periods = new ArrayList<ThroughputPeriod>();
		for (DemoTeam team : teams) {
			DemoProduct product = products.stream()
				.filter(candidate -> candidate.key().equals(team.productKey()))
				.findFirst()
				.orElseThrow();
			boolean daily = team.kanban() || product.sprintLengthDays() == null;
			double pace = pace(product, team, items, anchor);
			LocalDate start = CompletionGenerator.windowStart(product, anchor);
			LocalDate end = firstCompletion(team, items, completions).orElse(start);
			List<Span> spans = daily ? days(start, end) : sprints(product, start, end);
			int[] finished = finished(spans, start, pace);
			for (int i = 0; i < spans.size(); i++) {
				Span period = spans.get(i);
				BigDecimal points = finished[i] == 0 ? BigDecimal.ZERO.setScale(1)
						: BigDecimal.valueOf(finished[i] * (2 + random.nextDouble() * 3)).setScale(1, RoundingMode.HALF_UP);
				periods.add(new ThroughputPeriod(team.key(), team.productKey(), period.start(), period.end(), finished[i],
						points));
			}
		}
		return periods;
	}

	/** Items per working day: the team's done items over the working days of the periods they fall in. */
	private static double pace(DemoProduct product, DemoTeam team, List<DemoItem> items, LocalDate anchor) {
		long done = items.stream()
			.filter(item -> item.status() == ItemStatus.DONE && team.key().equals(item.teamKey())
					&& team.productKey().equals(item.productKey()))
			.count();
		int days = CompletionGenerator.window(product, anchor).size();
		return done == 0 || days == 0 ? FALLBACK_PACE : (double) done / days;
	}

	/** The day the team finished its first done item, if it has one. */
	private static Optional<LocalDate> firstCompletion(DemoTeam team, List<DemoItem> items,
			Map<String, Instant> completions) {
		return items.stream()
			.filter(item -> team.key().equals(item.teamKey()) && team.productKey().equals(item.productKey()))
			.map(item -> completions.get(item.ref()))
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.map(instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	/**
	 * How many items each period finished: the pace times the working days before {@code start},
	 * each item on a random one of those days (as the done items fall on random days of theirs),
	 * so the history's mean is the pace and only its spread is left to chance; none from
	 * {@code start} on.
	 */
	private int[] finished(List<Span> spans, LocalDate start, double pace) {
		List<Integer> days = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			if (spans.get(i).start().isBefore(start)) {
				for (long d = 0; d < spans.get(i).workingDays(); d++) {
					days.add(i);
				}
			}
		}
		int[] finished = new int[spans.size()];
		for (long item = Math.round(pace * days.size()); item > 0 && !days.isEmpty(); item--) {
			finished[days.get(random.nextInt(days.size()))]++;
		}
		return finished;
	}

	private record Span(LocalDate start, LocalDate end) {

		long workingDays() {
			return start.datesUntil(end.plusDays(1))
				.filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
				.count();
		}

	}

	/**
	 * The {@link #SPRINTS} Sprints of the product's grid before {@code start}, then those from
	 * {@code start} until before the one holding {@code end}, oldest first.
	 */
	private static List<Span> sprints(DemoProduct product, LocalDate start, LocalDate end) {
		int length = product.sprintLengthDays();
		long first = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), start), length);
		long last = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), end), length);
		var sprints = new ArrayList<Span>();
		for (long sprint = first - SPRINTS; sprint < Math.max(first, last); sprint++) {
			LocalDate from = product.firstPeriodStart().plusDays(sprint * length);
			sprints.add(new Span(from, from.plusDays(length - 1L)));
		}
		return sprints;
	}

	/** The {@link #DAYS} days before {@code start}, then those from {@code start} until before {@code end}. */
	private static List<Span> days(LocalDate start, LocalDate end) {
		return start.minusDays(DAYS).datesUntil(end.isAfter(start) ? end : start).map(day -> new Span(day, day)).toList();
	}

}
