package org.refinery.alignment.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Per-day totals, added up as differences at the start and end of each span, so each item costs O(1) per span. */
final class DailySums {

	private final LocalDate first;

	private final int[] items;

	private final int[] alignedItems;

	private final BigDecimal[] effort;

	private final BigDecimal[] alignedEffort;

	DailySums(LocalDate first, LocalDate last) {
		this.first = first;
		int length = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
		items = new int[length + 1];
		alignedItems = new int[length + 1];
		effort = zeros(length + 1);
		alignedEffort = zeros(length + 1);
	}

	int length() {
		return items.length - 1;
	}

	/** The day's index, clamped to the window: earlier days to its start, later ones to its end. */
	int index(LocalDate day) {
		return (int) Math.clamp(day.toEpochDay() - first.toEpochDay(), 0, length());
	}

	void addOpen(Span span, BigDecimal points) {
		add(items, effort, span, points);
	}

	void addAligned(Span span, BigDecimal points) {
		if (!span.isEmpty()) {
			add(alignedItems, alignedEffort, span, points);
		}
	}

	List<Snapshot> snapshots(String productKey) {
		List<Snapshot> days = new ArrayList<>();
		int count = 0;
		int aligned = 0;
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal alignedPoints = BigDecimal.ZERO;
		for (int i = 0; i < length(); i++) {
			count += items[i];
			aligned += alignedItems[i];
			points = points.add(effort[i]);
			alignedPoints = alignedPoints.add(alignedEffort[i]);
			days.add(new Snapshot(first.plusDays(i), productKey, count, aligned, points.stripTrailingZeros(),
					alignedPoints.stripTrailingZeros(), true));
		}
		return days;
	}

	private static void add(int[] counts, BigDecimal[] sums, Span span, BigDecimal points) {
		counts[span.from()]++;
		counts[span.until()]--;
		sums[span.from()] = sums[span.from()].add(points);
		sums[span.until()] = sums[span.until()].subtract(points);
	}

	private static BigDecimal[] zeros(int length) {
		BigDecimal[] zeros = new BigDecimal[length];
		Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

}
