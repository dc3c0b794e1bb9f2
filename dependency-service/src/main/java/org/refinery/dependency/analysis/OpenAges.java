package org.refinery.dependency.analysis;

import org.refinery.dependency.tracking.Dependency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long open dependencies have been open, in whole days since they were identified, in
 * buckets a refinement cadence can act on: within a sprint (under 14 days), within a month
 * (14 to 29 days), older (30 days and more). The metrics use the same buckets and labels.
 *
 * @param unit always {@code days}
 * @param buckets every bucket, youngest first, also when it is empty
 * @param oldestDays the age of the oldest open dependency, 0 when none is open
 */
public record OpenAges(String unit, List<Bucket> buckets, long oldestDays) {

	/** Where the buckets start, in days; each ends where the next starts. */
	private static final int[] STARTS = { 0, 14, 30 };

	private static final String[] LABELS = { "under-14d", "14-30d", "over-30d" };

	/**
	 * One bucket: {@code fromDays} inclusive, {@code untilDays} exclusive (null: no upper end).
	 */
	public record Bucket(String label, int fromDays, Integer untilDays, int dependencies) {
	}

	public static OpenAges of(List<Dependency> open, Instant now) {
		int[] counts = new int[STARTS.length];
		long oldest = 0;
		for (Dependency dependency : open) {
			long days = days(dependency, now);
			counts[bucketOf(days)]++;
			oldest = Math.max(oldest, days);
		}
		Bucket[] buckets = new Bucket[STARTS.length];
		for (int i = 0; i < STARTS.length; i++) {
			Integer until = i + 1 < STARTS.length ? STARTS[i + 1] : null;
			buckets[i] = new Bucket(LABELS[i], STARTS[i], until, counts[i]);
		}
		return new OpenAges("days", List.of(buckets), oldest);
	}

	/** The label of the bucket a dependency falls in at {@code now}. */
	public static String label(Dependency dependency, Instant now) {
		return LABELS[bucketOf(days(dependency, now))];
	}

	private static long days(Dependency dependency, Instant now) {
		return dependency.identifiedAt() == null ? 0
				: Math.max(0, Duration.between(dependency.identifiedAt(), now).toDays());
	}

	private static int bucketOf(long days) {
		int bucket = 0;
		while (bucket + 1 < STARTS.length && days >= STARTS[bucket + 1]) {
			bucket++;
		}
		return bucket;
	}

}
