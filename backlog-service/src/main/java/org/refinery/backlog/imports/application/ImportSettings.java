package org.refinery.backlog.imports.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Bounds of imports. A running import holds a database connection per batch and a core while
 * it maps rows, so {@code total} stays small beside the connection pool (10).
 *
 * @param maxFileSize the largest file accepted (beyond: 413); multipart uploads are bounded by
 * the same value through {@code spring.servlet.multipart.max-file-size}
 * @param perUser imports one user may run at once (beyond: 429)
 * @param total imports the service runs at once (beyond: 503)
 * @param retryAfter what a refused caller is told to wait, about what a 50,000-row import takes
 * @param batchSize rows per transaction: a crash loses at most one batch, which a re-import redoes
 * @param silence a RUNNING job without progress for this long was cut off by a stop of its service
 */
@ConfigurationProperties("refinery.backlog.imports")
public record ImportSettings(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1") int perUser,
		@DefaultValue("2") int total, @DefaultValue("60s") Duration retryAfter, @DefaultValue("500") int batchSize,
		@DefaultValue("2m") Duration silence) {
}
