package org.refinery.devstack.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Past throughput per team: Scrum teams report per two-week Sprint, Kanban teams per working
 * day. Each team has its own pace with realistic variation around it.
 */
final class ThroughputGenerator {

	static final int PERIODS = 10;

	private static final int SPRINT_DAYS = 14;

	private final Random random;

	ThroughputGenerator(Random random) {
		this.random = random;
	}

	List<ThroughputPeriod> generate(List<DemoProduct> products, List<DemoTeam> teams) {
		var periods = new ArrayList<ThroughputPeriod>();
		for (DemoTeam team : teams) {
			LocalDate start = products.stream()
				.filter(product -> product.key().equals(team.productKey()))
				.findFirst()
				.orElseThrow()
				.firstPeriodStart();
			double pace = team.kanban() ? 0.6 + random.nextDouble() : 4 + random.nextInt(6);
			for (int period = 0; period < PERIODS; period++) {
				LocalDate end = team.kanban() ? start : start.plusDays(SPRINT_DAYS - 1);
				int items = Math.max(0, (int) Math.round(pace + random.nextGaussian() * Math.sqrt(pace)));
				BigDecimal points = BigDecimal.valueOf(items * (2 + random.nextDouble() * 3)).setScale(1, RoundingMode.HALF_UP);
				periods.add(new ThroughputPeriod(team.key(), team.productKey(), start, end, items, points));
				start = team.kanban() ? nextWorkingDay(start) : start.plusDays(SPRINT_DAYS);
			}
		}
		return periods;
	}

	private static LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

}
