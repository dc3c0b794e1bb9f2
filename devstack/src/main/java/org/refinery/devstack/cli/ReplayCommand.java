package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.kafka.DeadLetterReplay;
import org.refinery.devstack.ports.Port;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code ./refinery replay-dead-letters [--topic=<dlt>]}: re-drives dead letters after a fix. */
final class ReplayCommand {

	private final DevstackSettings settings;

	private final List<String> topics;

	ReplayCommand(DevstackSettings settings, Arguments arguments) {
		this.settings = settings;
		this.topics = arguments.option("--topic").map(List::of).orElse(List.of());
	}

	int run() {
		String bootstrap = "localhost:" + settings.ports().of(Port.KAFKA);
		try {
			Map<String, Integer> replayed = new TreeMap<>(new DeadLetterReplay(bootstrap).replay(topics));
			replayed.forEach((topic, count) -> System.out.printf("%-45s %d re-driven%n", topic, count));
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			System.err.println("error: could not replay from Kafka at " + bootstrap + ": " + ex.getMessage());
			return 1;
		}
	}

}
