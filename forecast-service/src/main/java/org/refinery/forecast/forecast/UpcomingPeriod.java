package org.refinery.forecast.forecast;

import java.time.LocalDate;

/**
 * A Sprint or Release from the running one (index 1) on, and how many open items are likely done by its end: at least
 * {@code likely95} with 95 % probability, and so on; {@code meanDone} over all trials.
 */
public record UpcomingPeriod(int index, String label, LocalDate start, LocalDate end, int likely95, int likely85,
		int likely70, int likely50, double meanDone) {
}
