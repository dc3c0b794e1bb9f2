package org.refinery.backlog.export.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Bounds of exports. Each running export holds a database connection for as long as its client
 * reads, so {@code total} stays well below the connection pool (10), leaving the rest to
 * ordinary requests.
 *
 * @param perUser exports one user may run at once (beyond: 429)
 * @param total exports the service runs at once (beyond: 503)
 * @param retryAfter what a refused caller is told to wait, about what a 200,000-item export takes
 */
@ConfigurationProperties("refinery.backlog.exports")
record ExportSettings(@DefaultValue("1") int perUser, @DefaultValue("3") int total,
		@DefaultValue("15s") Duration retryAfter) {
}
