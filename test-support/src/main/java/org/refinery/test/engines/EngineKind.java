package org.refinery.test.engines;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Which family of engines the integration tests run on. */
public enum EngineKind {

	/** Embedded PostgreSQL binaries and an in-process KRaft broker: needs nothing but a JDK. */
	EMBEDDED,

	/** PostgreSQL and Kafka in Docker containers through Testcontainers. */
	TESTCONTAINERS,

	/** Testcontainers when Docker answers, the embedded engines otherwise. */
	AUTO;

	/** The system property that selects the engines; the Maven profile {@code testcontainers} sets it. */
	public static final String PROPERTY = "refinery.test.engines";

	/**
	 * Decides the engines to run on. An explicit request for containers on a machine without
	 * Docker is an error rather than a silent fallback, so a CI job that means to test on
	 * containers cannot pass on the embedded engines unnoticed.
	 */
	public static EngineKind select(String requested, BooleanSupplier dockerAvailable) {
		EngineKind kind = parse(requested);
		return switch (kind) {
			case EMBEDDED -> EMBEDDED;
			case AUTO -> dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
			case TESTCONTAINERS -> {
				if (!dockerAvailable.getAsBoolean()) {
					throw new IllegalStateException("refinery.test.engines=testcontainers (-Ptestcontainers) needs a "
							+ "running Docker engine, and none answered; run without -Ptestcontainers to use the "
							+ "embedded engines");
				}
				yield TESTCONTAINERS;
			}
		};
	}

	static EngineKind parse(String requested) {
		if (requested == null || requested.isBlank()) {
			return EMBEDDED;
		}
		String normalised = requested.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> kind.name().equals(normalised))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown " + PROPERTY + " '" + requested
					+ "': use one of embedded, testcontainers, auto"));
	}

}
