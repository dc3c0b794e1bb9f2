package org.refinery.devstack.kafka;

import org.apache.kafka.common.Uuid;
import org.refinery.devstack.process.HealthCheck;
import org.refinery.devstack.process.JavaRuntime;
import org.refinery.devstack.process.ProcessSpec;
import org.refinery.devstack.process.Progress;
import org.refinery.devstack.process.Readiness;
import org.refinery.devstack.process.StartFailed;
import org.refinery.devstack.process.Supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** The platform's Kafka: one KRaft node, storage formatted once, the contract topics present. */
public final class KafkaBroker {

	public static final String NAME = "kafka";

	/** The one-off storage format run before the first start. */
	public static final String STORAGE_TOOL = "kafka-storage";

	private static final List<String> JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

	private final BrokerConfig config;

	private final Path libraries;

	private final Path logFile;

	private final Progress progress;

	public KafkaBroker(Path directory, int port, int controllerPort, Path libraries, Path logFile, Progress progress) {
		this.config = new BrokerConfig(directory, port, controllerPort);
		this.libraries = libraries;
		this.logFile = logFile;
		this.progress = progress;
	}

	public void start(Supervisor supervisor) {
		if (!hasBrokerJar()) {
			throw new StartFailed("Kafka's jars are missing in " + libraries
					+ "; build the devstack first: ./mvnw -B -q -pl devstack -am install -DskipTests");
		}
		var readiness = new Readiness(supervisor);
		long start = System.nanoTime();
		try {
			config.write();
			if (!Files.exists(config.logDirectory().resolve("meta.properties"))) {
				String clusterId = Uuid.randomUuid().toString();
				supervisor.spawn(java(STORAGE_TOOL, "kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
						"--config", config.serverProperties().toString(), "--ignore-formatted"));
				readiness.awaitSuccess(STORAGE_TOOL, Duration.ofSeconds(60));
				progress.info(NAME, "formatted KRaft storage in " + config.logDirectory() + " (cluster " + clusterId + ")");
			}
			supervisor.spawn(java(NAME, "kafka.Kafka", config.serverProperties().toString()));
			String bootstrap = bootstrapServers();
			readiness.await(NAME, () -> health().passes() && KafkaTopics.brokerAnswers(bootstrap), Duration.ofSeconds(90));
			List<String> created = KafkaTopics.ensure(bootstrap, EventTopics.withDeadLetters());
			progress.info(NAME, "ready on %s in %.1f s (%d topics%s)".formatted(bootstrap, (System.nanoTime() - start) / 1e9,
					EventTopics.withDeadLetters().size(), created.isEmpty() ? " present" : ", created " + created.size()));
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			throw new StartFailed("Kafka did not start: " + ex.getMessage() + "; see " + logFile, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartFailed("Interrupted while creating Kafka topics", ex);
		}
	}

	public String bootstrapServers() {
		return "localhost:" + config.port();
	}

	public HealthCheck health() {
		return HealthCheck.tcp(config.port());
	}

	private ProcessSpec java(String name, String mainClass, String... arguments) {
		var command = new ArrayList<String>();
		command.add(JavaRuntime.current().executable());
		command.addAll(JVM);
		command.add("-Dlog4j2.configurationFile=" + config.loggingProperties().toAbsolutePath());
		command.add("-cp");
		command.add(libraries.toAbsolutePath() + "/*");
		command.add(mainClass);
		command.addAll(List.of(arguments));
		return new ProcessSpec(name, command, Map.of(), config.directory(), logFile);
	}

	private boolean hasBrokerJar() {
		try (var jars = Files.newDirectoryStream(libraries, "kafka_2.13-*.jar")) {
			return jars.iterator().hasNext();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
