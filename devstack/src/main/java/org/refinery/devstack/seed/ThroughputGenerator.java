package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Each team's throughput over the last periods, the current one (the one holding the anchor)
 * last: Scrum teams of a product with Sprints report per Sprint, on the product's Sprint grid;
 * the others per working day, as the forecast service samples them. Each team has its own pace
 * with realistic variation around it.
 */
final class ThroughputGenerator {

	static final int PERIODS = 10;

	private final Random random;

	ThroughputGenerator(Random random) {
		this.random = random;
	}

	List<ThroughputPeriod> generate(List<DemoProduct> products, List<DemoTeam> teams, LocalDate anchor) {
		var periods = new ArrayList<ThroughputPeriod>();
		for (DemoTeam team : teams) {
			DemoProduct product = products.stream()
				.filter(candidate -> candidate.key().equals(team.productKey()))
				.findFirst()
				.orElseThrow();
			boolean daily = team.kanban() || product.sprintLengthDays() == null;
			double pace = daily ? 0.6 + random.nextDouble() : 4 + random.nextInt(6);
			for (Span period : daily ? workingDays(anchor) : sprints(product, anchor)) {
				int items = Math.max(0, (int) Math.round(pace + random.nextGaussian() * Math.sqrt(pace)));
				BigDecimal points = BigDecimal.valueOf(items * (2 + random.nextDouble() * 3)).setScale(1, RoundingMode.HALF_UP);
				periods.add(new ThroughputPeriod(team.key(), team.productKey(), period.start(), period.end(), items, points));
			}
		}
		return periods;
	}

	private record Span(LocalDate start, LocalDate end) {
	}

	/** The last {@link #PERIODS} Sprints of the product's grid, oldest first, the anchor's Sprint last. */
	private static List<Span> sprints(DemoProduct product, LocalDate anchor) {
		int length = product.sprintLengthDays();
		long current = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), anchor), length);
		var sprints = new ArrayList<Span>();
		for (long sprint = current - PERIODS + 1; sprint <= current; sprint++) {
			LocalDate start = product.firstPeriodStart().plusDays(sprint * length);
			sprints.add(new Span(start, start.plusDays(length - 1L)));
		}
		return sprints;
	}

	/** The last {@link #PERIODS} working days up to the anchor, oldest first. */
	private static List<Span> workingDays(LocalDate anchor) {
		var days = new ArrayList<Span>();
		for (LocalDate day = anchor; days.size() < PERIODS; day = day.minusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.addFirst(new Span(day, day));
			}
		}
		return days;
	}

}
