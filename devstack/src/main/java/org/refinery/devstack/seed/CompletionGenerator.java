package org.refinery.devstack.seed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * When the done items were finished, relative to the day the demo is seeded: on working days of
 * the last {@link #PERIODS} finished periods of their product's cadence (Sprints for a product
 * with Sprints, Releases otherwise, on the grid from its first period start), the period holding
 * the anchor left out because it is still running. Velocity is the median of the finished
 * periods, so each team's items go round the periods newest first, and each team and product
 * has work done in every period it has items for. Every draw is independent of the anchor.
 */
final class CompletionGenerator {

	static final int PERIODS = 6;

	private final Random random;

	CompletionGenerator(Random random) {
		this.random = random;
	}

	/** The completion time of each DONE item by ref; none while a product has no finished period. */
	Map<String, Instant> generate(List<DemoProduct> products, List<DemoItem> items, LocalDate anchor) {
		var completions = new LinkedHashMap<String, Instant>();
		var doneByTeam = new HashMap<String, Integer>();
		for (DemoItem item : items) {
			if (item.status() != ItemStatus.DONE) {
				continue;
			}
			double day = random.nextDouble();
			int minute = random.nextInt(8 * 60);
			var periods = finishedPeriods(productOf(products, item), anchor);
			int n = doneByTeam.merge(item.productKey() + "/" + item.teamKey(), 1, Integer::sum) - 1;
			if (!periods.isEmpty()) {
				List<LocalDate> days = periods.get(n % periods.size());
				completions.put(item.ref(), days.get((int) (day * days.size())).atTime(9, 0).plusMinutes(minute)
					.toInstant(ZoneOffset.UTC));
			}
		}
		return completions;
	}

	/** The working days of each of the last finished periods, newest period first. */
	static List<List<LocalDate>> finishedPeriods(DemoProduct product, LocalDate anchor) {
		int length = "SCALED_SCRUM".equals(product.deliveryMode()) ? product.sprintLengthDays()
				: product.releaseLengthDays();
		long current = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), anchor), length);
		var periods = new ArrayList<List<LocalDate>>();
		for (long period = current - 1; period >= Math.max(0, current - PERIODS); period--) {
			LocalDate start = product.firstPeriodStart().plusDays(period * length);
			periods.add(workingDays(start, start.plusDays(length)));
		}
		return periods;
	}

	/** The working days from {@code start} until before {@code end}; every day if there are none. */
	private static List<LocalDate> workingDays(LocalDate start, LocalDate end) {
		var all = start.datesUntil(end).toList();
		var working = all.stream()
			.filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
			.toList();
		return working.isEmpty() ? all : working;
	}

	private static DemoProduct productOf(List<DemoProduct> products, DemoItem item) {
		return products.stream().filter(product -> product.key().equals(item.productKey())).findFirst().orElseThrow();
	}

}
