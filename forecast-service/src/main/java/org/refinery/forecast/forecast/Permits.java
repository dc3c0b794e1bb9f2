package org.refinery.forecast.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many forecasts run at once, in the whole service and per user. Refuses rather than queues:
 * a queue of forecasts only moves the wait into the gateway's time limit. A refusal says when to
 * retry: when the oldest forecast in the way reaches its deadline it has ended, one way or another.
 */
public final class Permits {

	private final int service;

	private final int perUser;

	private final Duration deadline;

	private final Clock clock;

	private final List<Permit> held = new ArrayList<>();

	public Permits(int service, int perUser, Duration deadline, Clock clock) {
		if (service < 1 || perUser < 1) {
			throw new IllegalArgumentException("At least one forecast must be able to run");
		}
		this.service = service;
		this.perUser = perUser;
		this.deadline = deadline;
		this.clock = clock;
	}

	/** A permit to run one forecast, to close when done; the user's own limit is checked first. */
	public synchronized Permit acquire(String user) {
		List<Permit> mine = held.stream().filter(p -> p.user.equals(user)).toList();
		if (mine.size() >= perUser) {
			throw new ForecastsBusy(ForecastsBusy.Scope.USER, perUser, retryAfter(mine));
		}
		if (held.size() >= service) {
			throw new ForecastsBusy(ForecastsBusy.Scope.SERVICE, service, retryAfter(held));
		}
		Permit permit = new Permit(user, clock.instant());
		held.add(permit);
		return permit;
	}

	public synchronized int held() {
		return held.size();
	}

	public int service() {
		return service;
	}

	/** Whole seconds until the oldest of these forecasts reaches its deadline, at least one. */
	private Duration retryAfter(List<Permit> running) {
		Instant oldest = running.stream().map(p -> p.started).min(Comparator.naturalOrder()).orElseThrow();
		long millis = Duration.between(clock.instant(), oldest.plus(deadline)).toMillis();
		return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
	}

	private synchronized void release(Permit permit) {
		held.remove(permit);
	}

	/** One running forecast; closing it more than once releases it once. */
	public final class Permit implements AutoCloseable {

		private final String user;

		private final Instant started;

		private Permit(String user, Instant started) {
			this.user = user;
			this.started = started;
		}

		@Override
		public void close() {
			release(this);
		}

	}

}
