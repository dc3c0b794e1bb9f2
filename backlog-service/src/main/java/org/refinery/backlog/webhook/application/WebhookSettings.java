package org.refinery.backlog.webhook.application;

import org.refinery.backlog.webhook.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How webhooks are sent and how long their delivery log is kept. With the defaults a failing
 * delivery is tried 12 times over about an hour (10 s, 20 s, 40 s, ... capped at 10 min) before it
 * is dead; delivered ones are kept 30 days, dead ones 90 days so that an owner back from leave can
 * still replay them. Open (pending or sending) deliveries are never purged, however old.
 *
 * @param allowPrivateAddresses send to loopback, private and link-local addresses too: only for
 * the local demo and tests, never in a cluster (server-side request forgery)
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param readTimeout how long a receiver may take to answer
 * @param firstRetry the pause after the first failure, doubled after each further one
 * @param longestRetry the longest pause between attempts
 * @param attempts attempts in all before a delivery is dead
 * @param pollInterval how often each replica looks for due deliveries
 * @param batchSize deliveries one replica claims at once
 * @param settle how long a new delivery waits before it is due, so that an aggregate's earlier
 * event arriving a moment later on Kafka (each commit's events are sent on their own) is sent first
 * @param keepDelivered how long a delivered delivery stays in the log after it was delivered
 * @param keepDead how long a dead delivery stays in the log (and can be replayed) after its last attempt
 * @param purgeEvery how often one replica deletes the deliveries past their retention
 * @param purgeBatch rows one delete statement removes at most, so that a purge never holds many
 * row locks or a long transaction; the purge repeats the statement until a batch comes back short
 * @param secretKey the AES-256 key subscription secrets are encrypted with at rest, 32 bytes in
 * base64; a Kubernetes Secret in a cluster, a local demo key in {@code application.yml}
 */
@ConfigurationProperties("refinery.webhooks")
public record WebhookSettings(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("10m") Duration longestRetry,
		@DefaultValue("12") int attempts, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("2s") Duration settle,
		@DefaultValue("30d") Duration keepDelivered, @DefaultValue("90d") Duration keepDead,
		@DefaultValue("1h") Duration purgeEvery, @DefaultValue("5000") int purgeBatch, String secretKey) {

	public WebhookSettings {
		positive(keepDelivered, "keep-delivered");
		positive(keepDead, "keep-dead");
		positive(purgeEvery, "purge-every");
		if (purgeBatch < 1) {
			throw new IllegalArgumentException("refinery.webhooks.purge-batch must be at least 1, not " + purgeBatch);
		}
	}

	public Backoff backoff() {
		return new Backoff(firstRetry, longestRetry, attempts);
	}

	/** How long a claim holds: long enough for one whole batch of attempts that all time out. */
	Duration lease() {
		return connectTimeout.plus(readTimeout).multipliedBy(batchSize).plusSeconds(30);
	}

	private static void positive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("refinery.webhooks." + name + " must be positive, not " + duration);
		}
	}

}
