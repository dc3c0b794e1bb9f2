package org.refinery.devstack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of a log file, for failure messages that show the cause right away. */
public final class LogTail {

	private LogTail() {
	}

	public static String of(Path log, int lines) {
		try {
			List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
			return all.subList(Math.max(0, all.size() - lines), all.size())
				.stream()
				.map(line -> "    " + line)
				.collect(Collectors.joining(System.lineSeparator()));
		}
		catch (IOException ex) {
			return "    (no log: " + ex.getMessage() + ")";
		}
	}

}
