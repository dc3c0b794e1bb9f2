package org.refinery.backlog.session.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a presence record lasts without renewal. The holding replica renews it with every
 * stream heartbeat ({@code refinery.backlog.live-streams.heartbeat}), so the expiry must be a few
 * heartbeats: a replica that died is then forgotten after at most this long.
 */
@ConfigurationProperties("refinery.backlog.sessions.presence")
record PresenceSettings(@DefaultValue("30s") Duration expiry) {
}
