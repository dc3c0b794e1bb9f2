package org.refinery.forecast.backlog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** A product as forecasts need it: its key and the cadence its periods follow. */
public record KnownProduct(UUID id, String key, DeliveryMode deliveryMode, Integer sprintLengthDays,
		Integer releaseLengthDays, LocalDate firstPeriodStart, long version) {

	public KnownProduct {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(deliveryMode, "deliveryMode");
		Objects.requireNonNull(firstPeriodStart, "firstPeriodStart");
		if (periodLength(deliveryMode, sprintLengthDays, releaseLengthDays) < 1) {
			throw new IllegalArgumentException("A product needs the length of its Sprints or Releases");
		}
	}

	/** Days per forecast period: the Sprint for Scaled Scrum, the Release for Scaled Kanban. */
	public int periodLengthDays() {
		return periodLength(deliveryMode, sprintLengthDays, releaseLengthDays);
	}

	/** The forecast period (Sprint or Release) that holds the day. */
	public Period periodOf(LocalDate day) {
		return period(indexOf(day));
	}

	/** The index of the period holding the day; 0 is the first period, negative before it. */
	public long indexOf(LocalDate day) {
		return Math.floorDiv(ChronoUnit.DAYS.between(firstPeriodStart, day), periodLengthDays());
	}

	/** The period with that index. */
	public Period period(long index) {
		LocalDate start = firstPeriodStart.plusDays(index * periodLengthDays());
		return new Period(start, start.plusDays(periodLengthDays() - 1L));
	}

	/** How a team of this product samples its throughput: Sprints for Scrum teams, days for Kanban teams. */
	public Period samplingPeriodOf(WorkMode mode, LocalDate day) {
		if (mode == WorkMode.KANBAN || sprintLengthDays == null) {
			return Period.day(day);
		}
		LocalDate start = firstPeriodStart
			.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(firstPeriodStart, day), sprintLengthDays) * sprintLengthDays);
		return new Period(start, start.plusDays(sprintLengthDays - 1L));
	}

	/** The work mode a team of this product is assumed to have until its own event arrives. */
	public WorkMode defaultWorkMode() {
		return deliveryMode == DeliveryMode.SCALED_SCRUM ? WorkMode.SCRUM : WorkMode.KANBAN;
	}

	private static int periodLength(DeliveryMode mode, Integer sprint, Integer release) {
		Integer length = mode == DeliveryMode.SCALED_SCRUM ? sprint : release;
		return length == null ? 0 : length;
	}

}
