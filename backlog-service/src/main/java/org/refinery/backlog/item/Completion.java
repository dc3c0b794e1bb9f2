package org.refinery.backlog.item;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * When the work of an item was finished. Usually that is the moment it moves to DONE; someone who
 * knows better may say when it really was: work finished before the organisation brought its
 * backlog to Refinery, or recorded late. Velocity, ready depth and forecasts count an item in the
 * period it was completed in, so a claimed time must be plausible: not in the future, not more
 * than {@value #LONGEST_DAYS_BACK} days back, and not before the product's first period starts,
 * because a completion before it falls into no period of the product and would count nowhere.
 */
public final class Completion {

	/** About a year of history, with room for a backlog brought in a few weeks after year end. */
	public static final int LONGEST_DAYS_BACK = 400;

	private Completion() {
	}

	/**
	 * When {@code item}, moving to {@code target}, was finished: {@code now}, or the
	 * {@code claimed} time if the rules allow it, to the microsecond, as it is stored.
	 * {@link CompletionRefused} says which rule refused it.
	 */
	public static Instant of(Item item, ItemStatus target, Instant claimed, LocalDate firstPeriodStart, Instant now) {
		if (claimed == null) {
			return now;
		}
		Instant at = claimed.truncatedTo(ChronoUnit.MICROS);
		if (item.status() == ItemStatus.DONE && target == ItemStatus.DONE && at.equals(item.completedAt())) {
			return at; // the same request again changes nothing
		}
		if (target != ItemStatus.DONE || item.status() == ItemStatus.DONE) {
			throw new CompletionRefused(claimed, "can only be recorded when the item moves to DONE; " + item.key()
					+ " is " + item.status() + (target == ItemStatus.DONE ? " already" : ""));
		}
		if (at.isAfter(now)) {
			throw new CompletionRefused(claimed, "must not be in the future");
		}
		if (at.isBefore(now.minus(Duration.ofDays(LONGEST_DAYS_BACK)))) {
			throw new CompletionRefused(claimed, "must not be more than " + LONGEST_DAYS_BACK + " days back");
		}
		if (at.isBefore(firstPeriodStart.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			throw new CompletionRefused(claimed, "must not be before the product's first period, which starts on "
					+ firstPeriodStart + "; work finished earlier counts in no period");
		}
		return at;
	}

}
