package org.refinery.backlog.session.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Bounds of the live-update streams. {@code total} is the share of Tomcat's connections that
 * streams may ever hold: {@code server.tomcat.max-connections} is raised by exactly this many,
 * so ordinary requests keep their slots however many streams are asked for.
 *
 * @param perUserAndSession streams one user may hold on one session (tabs, a reconnect overlapping its predecessor)
 * @param perUser streams one user may hold over all sessions, so one user cannot take the whole {@code total}
 * @param total streams the service holds at most
 * @param heartbeat how often every stream gets a comment; a write to a departed client fails at the second at
 * the latest, so a departed client is noticed within two heartbeats
 * @param lifetime the longest a stream stays open before it ends with a reconnect hint
 * @param reconnectAfter the {@code retry:} hint: how long a browser waits before reconnecting
 * @param replayPerSession the recent events of a session kept for reconnecting clients
 * @param replaySessions the sessions whose recent events are kept (the least recently changed go first)
 */
@ConfigurationProperties("refinery.backlog.live-streams")
record LiveStreamSettings(@DefaultValue("3") int perUserAndSession, @DefaultValue("10") int perUser,
		@DefaultValue("300") int total, @DefaultValue("10s") Duration heartbeat, @DefaultValue("20m") Duration lifetime,
		@DefaultValue("5s") Duration reconnectAfter, @DefaultValue("50") int replayPerSession,
		@DefaultValue("500") int replaySessions) {

	/**
	 * What a refused caller is told to wait: by then a stream of theirs whose client left has
	 * failed its heartbeat and freed its slot.
	 */
	Duration retryAfter() {
		return heartbeat.multipliedBy(3);
	}

}
