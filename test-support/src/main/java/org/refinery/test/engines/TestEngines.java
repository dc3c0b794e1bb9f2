package org.refinery.test.engines;

import org.testcontainers.DockerClientFactory;

/**
 * The engines of this test JVM, started on first use. PostgreSQL, a child process, is stopped
 * when the JVM exits; the in-process broker simply ends with it. Failing
 * fast matters more than retrying here: an engine that cannot start makes every integration
 * test meaningless.
 */
public final class TestEngines {

	private static EngineKind kind;

	private static PostgresEngine postgres;

	private static KafkaEngine kafka;

	private TestEngines() {
	}

	public static synchronized EngineKind kind() {
		if (kind == null) {
			kind = EngineKind.select(System.getProperty(EngineKind.PROPERTY), TestEngines::dockerAnswers);
		}
		return kind;
	}

	public static synchronized PostgresEngine postgres() {
		if (postgres == null) {
			postgres = kind() == EngineKind.TESTCONTAINERS ? ContainerPostgresEngine.start()
					: EmbeddedPostgresEngine.start();
			stopOnExit(postgres);
		}
		return postgres;
	}

	public static synchronized KafkaEngine kafka() {
		if (kafka == null) {
			kafka = kind() == EngineKind.TESTCONTAINERS ? ContainerKafkaEngine.start() : EmbeddedKafkaEngine.start();
			// Not stopped in a shutdown hook: Spring's cached contexts close in hooks of their own,
			// and producers closing against a broker that is already gone wait out their timeouts.
		}
		return kafka;
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void stopOnExit(AutoCloseable engine) {
		Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
			try {
				engine.close();
			}
			catch (Exception ex) {
				// The JVM is exiting; the engine's own hooks clean up what is left.
			}
		}));
	}

}
