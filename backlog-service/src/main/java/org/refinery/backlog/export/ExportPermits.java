package org.refinery.backlog.export;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How many exports run at once, per user and in the service. An export holds a database
 * connection and a transaction for as long as the client reads, so they are refused beyond the
 * limits rather than queued (a queue only moves the wait into the gateway's time limit): the
 * user's own limit first, so that a user holding too many is told so rather than that the
 * service is busy. The same rule as forecast-service's forecasts and the live streams here.
 */
public final class ExportPermits {

	private final int perUser;

	private final int service;

	private final Duration retryAfter;

	private final Map<String, Integer> byUser = new HashMap<>();

	private int held;

	/** @param retryAfter what a refused caller is told to wait: about as long as a large export takes */
	public ExportPermits(int perUser, int service, Duration retryAfter) {
		if (perUser < 1 || service < 1) {
			throw new IllegalArgumentException("At least one export must be able to run");
		}
		this.perUser = perUser;
		this.service = service;
		this.retryAfter = retryAfter;
	}

	/** A permit for one export, to close when it ended in whatever way. */
	public synchronized Permit acquire(String user) {
		if (byUser.getOrDefault(user, 0) >= perUser) {
			throw new ExportsBusy(ExportsBusy.Scope.USER, perUser, retryAfter);
		}
		if (held >= service) {
			throw new ExportsBusy(ExportsBusy.Scope.SERVICE, service, retryAfter);
		}
		byUser.merge(user, 1, Integer::sum);
		held++;
		return new Permit(user);
	}

	public synchronized int held() {
		return held;
	}

	private synchronized void release(String user) {
		byUser.computeIfPresent(user, (key, count) -> count > 1 ? count - 1 : null);
		held--;
	}

	/** One running export; closing it more than once releases it once. */
	public final class Permit implements AutoCloseable {

		private final String user;

		private boolean closed;

		private Permit(String user) {
			this.user = user;
		}

		@Override
		public void close() {
			synchronized (ExportPermits.this) {
				if (!closed) {
					closed = true;
					release(user);
				}
			}
		}

	}

}
