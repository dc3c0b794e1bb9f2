package org.refinery.backlog.session.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Beats the open streams on a fixed rate. Stopped before the web server's graceful shutdown (a
 * later phase stops first): the streams end with a reconnect hint instead of holding the shutdown
 * for its whole time-out, and the browsers reconnect to a replica that is still up.
 */
@Component
class StreamHeartbeats implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StreamHeartbeats.class);

	private final SessionStreams streams;

	private final LiveStreamSettings settings;

	private ScheduledExecutorService ticker;

	StreamHeartbeats(SessionStreams streams, LiveStreamSettings settings) {
		this.streams = streams;
		this.settings = settings;
	}

	@Override
	public synchronized void start() {
		ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("stream-heartbeats").factory());
		long period = settings.heartbeat().toMillis();
		ticker.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		ticker.shutdownNow();
		ticker = null;
		streams.endAll();
	}

	@Override
	public synchronized boolean isRunning() {
		return ticker != null;
	}

	/** A round that failed must not end the schedule: a scheduled task that throws is never run again. */
	private void beat() {
		try {
			streams.beat();
		}
		catch (RuntimeException ex) {
			log.warn("A heartbeat round failed", ex);
		}
	}

}
