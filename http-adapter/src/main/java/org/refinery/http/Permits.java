package org.refinery.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many of one kind of expensive work run at once, per user and in the whole service. Refuses
 * with {@link Busy} rather than queues: a queue only moves the wait into the gateway's time limit.
 * The user's own limit is checked first, so that a user holding too many is told so rather than
 * that the service is busy.
 * <p>
 * A refusal says when to retry, in one of two ways: {@link #withDeadline} for work that is cut off
 * at a deadline (a forecast), where the oldest run in the way has ended by its deadline; or
 * {@link #withRetryAfter} for work that lasts as long as its client (an export), where a fixed
 * typical duration is the best guess.
 */
public final class Permits {

	private final String work;

	private final int perUser;

	private final int service;

	private final Duration wait;

	private final boolean countdown;

	private final Clock clock;

	private final List<Permit> held = new ArrayList<>();

	private Permits(String work, int perUser, int service, Duration wait, boolean countdown, Clock clock) {
		if (perUser < 1 || service < 1) {
			throw new IllegalArgumentException("At least one " + work + " must be able to run");
		}
		this.work = work;
		this.perUser = perUser;
		this.service = service;
		this.wait = wait;
		this.countdown = countdown;
		this.clock = clock;
	}

	/** Refusals say to retry when the oldest run in the way reaches {@code deadline}, in whole seconds, at least one. */
	public static Permits withDeadline(String work, int perUser, int service, Duration deadline, Clock clock) {
		return new Permits(work, perUser, service, deadline, true, clock);
	}

	/** Refusals always say to retry after {@code retryAfter}. */
	public static Permits withRetryAfter(String work, int perUser, int service, Duration retryAfter) {
		return new Permits(work, perUser, service, retryAfter, false, Clock.systemUTC());
	}

	/** A permit for one run, to close when it ended in whatever way. */
	public synchronized Permit acquire(String user) {
		List<Permit> mine = held.stream().filter(permit -> permit.user.equals(user)).toList();
		if (mine.size() >= perUser) {
			throw new Busy(Busy.Scope.USER, work, perUser, retryAfter(mine));
		}
		if (held.size() >= service) {
			throw new Busy(Busy.Scope.SERVICE, work, service, retryAfter(held));
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

	private Duration retryAfter(List<Permit> running) {
		if (!countdown) {
			return wait;
		}
		Instant oldest = running.stream().map(permit -> permit.started).min(Comparator.naturalOrder()).orElseThrow();
		long millis = Duration.between(clock.instant(), oldest.plus(wait)).toMillis();
		return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
	}

	private synchronized void release(Permit permit) {
		held.remove(permit);
	}

	/** One run; closing it more than once releases it once. */
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
