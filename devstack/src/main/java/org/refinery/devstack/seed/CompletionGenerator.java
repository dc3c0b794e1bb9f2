package org.refinery.devstack.seed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * When the done items were finished, relative to the day the demo is seeded: on working days of
 * the last {@link #PERIODS} finished periods of their product's cadence (Sprints for a product
 * with Sprints, Releases otherwise, on the grid from its first period start), the period holding
 * the anchor left out because it is still running. Each team finished its done items in rank
 * order at a steady pace with chance variation: its items take the team's share of random
 * working days of those periods, sorted, so a backtest of the forecast (which assumes rank order)
 * meets the same work the team's history reports. Every draw is independent of the anchor.
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
		for (List<DemoItem> team : doneByTeam(items).values()) {
			var days = window(productOf(products, team.getFirst()), anchor);
			double[] positions = new double[team.size()];
			int[] minutes = new int[team.size()];
			for (int i = 0; i < positions.length; i++) {
				positions[i] = random.nextDouble();
				minutes[i] = random.nextInt(8 * 60);
			}
			Arrays.sort(positions);
			for (int i = 0; i < positions.length && !days.isEmpty(); i++) {
				LocalDate day = days.get((int) (positions[i] * days.size()));
				completions.put(team.get(i).ref(), day.atTime(9, 0).plusMinutes(minutes[i]).toInstant(ZoneOffset.UTC));
			}
		}
		return completions;
	}

	/** Each product's and team's DONE items, in rank order. */
	static Map<String, List<DemoItem>> doneByTeam(List<DemoItem> items) {
		var byTeam = new LinkedHashMap<String, List<DemoItem>>();
		items.stream()
			.filter(item -> item.status() == ItemStatus.DONE)
			.forEach(item -> byTeam.computeIfAbsent(item.productKey() + "/" + item.teamKey(), key -> new ArrayList<>())
				.add(item));
		return byTeam;
	}

	/** The working days of the last finished periods, oldest first; none in the product's first period. */
	static List<LocalDate> window(DemoProduct product, LocalDate anchor) {
		return finishedPeriods(product, anchor).reversed().stream().flatMap(List::stream).toList();
	}

	/** The working days of each of the last finished periods, newest period first. */
	static List<List<LocalDate>> finishedPeriods(DemoProduct product, LocalDate anchor) {
		int length = periodLength(product);
		long current = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), anchor), length);
		var periods = new ArrayList<List<LocalDate>>();
		for (long period = current - 1; period >= Math.max(0, current - PERIODS); period--) {
			LocalDate start = product.firstPeriodStart().plusDays(period * length);
			periods.add(workingDays(start, start.plusDays(length)));
		}
		return periods;
	}

	/** The first day of the oldest period done items may fall in: the anchor's period less {@link #PERIODS}. */
	static LocalDate windowStart(DemoProduct product, LocalDate anchor) {
		int length = periodLength(product);
		long current = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), anchor), length);
		return product.firstPeriodStart().plusDays(Math.max(0, current - PERIODS) * length);
	}

	private static int periodLength(DemoProduct product) {
		return "SCALED_SCRUM".equals(product.deliveryMode()) ? product.sprintLengthDays() : product.releaseLengthDays();
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
