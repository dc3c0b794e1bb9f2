package org.refinery.contracts;

import java.util.List;
import java.util.Objects;

/**
 * The Kafka topics of Refinery. One topic per aggregate family keeps each aggregate's
 * events ordered (the key is the aggregate id) while letting a consumer subscribe only to
 * what its read model needs. The {@code .v1} suffix is part of the name because a breaking
 * change gets a new record and a new topic, never a changed one.
 */
public final class Topics {

	/** Products, their teams and their Definition of Ready. */
	public static final String BACKLOG_PRODUCTS = "refinery.backlog.products.v1";

	/** Backlog items of every product. */
	public static final String BACKLOG_ITEMS = "refinery.backlog.items.v1";

	/** Cross-team refinement sessions and their outcomes. */
	public static final String BACKLOG_SESSIONS = "refinery.backlog.sessions.v1";

	/** Inter-team dependencies between items. */
	public static final String DEPENDENCIES = "refinery.dependencies.v1";

	/** Strategic objectives, themes and product goals. */
	public static final String ALIGNMENT_GOALS = "refinery.alignment.goals.v1";

	/** Links between backlog items and goals. */
	public static final String ALIGNMENT_LINKS = "refinery.alignment.links.v1";

	/** Probabilistic forecasts. */
	public static final String FORECASTS = "refinery.forecasts.v1";

	/**
	 * Imports of backlogs from other trackers: what an import asks of other services and what
	 * they made of it, keyed by the import job.
	 */
	public static final String IMPORTS = "refinery.imports.v1";

	/** Partitions of every topic; enough consumer parallelism for the foreseeable load. */
	public static final int PARTITIONS = 12;

	/** Suffix of the dead-letter topic that records land on after retries are exhausted. */
	public static final String DLT_SUFFIX = "-dlt";

	private static final List<String> ALL = List.of(BACKLOG_PRODUCTS, BACKLOG_ITEMS, BACKLOG_SESSIONS, DEPENDENCIES,
			ALIGNMENT_GOALS, ALIGNMENT_LINKS, FORECASTS, IMPORTS);

	private Topics() {
	}

	/** The dead-letter topic of a topic, e.g. {@code refinery.backlog.items.v1-dlt}. */
	public static String dlt(String topic) {
		return Objects.requireNonNull(topic, "topic is required") + DLT_SUFFIX;
	}

	/** The eight event topics, in catalog order (dead-letter topics excluded). */
	public static List<String> all() {
		return ALL;
	}

}
