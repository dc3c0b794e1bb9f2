package org.refinery.forecast.backlog;

import java.time.LocalDate;
import java.util.Objects;

/** A Sprint, a Release or a day: the first and last day, both included. */
public record Period(LocalDate start, LocalDate end) {

	public Period {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end before it starts");
		}
	}

	/** The day itself as a period, the sampling unit of Kanban teams. */
	public static Period day(LocalDate day) {
		return new Period(day, day);
	}

}
