package org.refinery.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines the shared platform's components logged, for a failure message: CI keeps the
 * test report but not the platform's log files, so a failure that depends on what a component
 * did must carry that in its own message.
 */
final class PlatformLogs {

	private static final int LINES = 40;

	private PlatformLogs() {
	}

	static String describe(String failure, String... components) {
		StringBuilder message = new StringBuilder(failure);
		for (String component : components) {
			message.append("\n--- last ").append(LINES).append(" lines of ").append(component).append(".log ---\n");
			message.append(String.join("\n", tail(SharedPlatform.stack().settings().logOf(component))));
		}
		return message.toString();
	}

	private static List<String> tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return lines.subList(Math.max(0, lines.size() - LINES), lines.size());
		}
		catch (IOException | RuntimeException unreadable) {
			return List.of("(unreadable: " + unreadable + ")");
		}
	}

}
