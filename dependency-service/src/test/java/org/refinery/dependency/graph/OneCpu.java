package org.refinery.dependency.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints, from inside a benchmark fork, which CPUs it may run on, so the report shows the pinning. */
final class OneCpu {

	private OneCpu() {
	}

	static void report(String benchmark) {
		String allowed;
		try {
			allowed = Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith("Cpus_allowed_list"))
				.findFirst()
				.orElse("Cpus_allowed_list: unknown");
		}
		catch (IOException ex) {
			allowed = "Cpus_allowed_list: unreadable (" + ex.getMessage() + ")";
		}
		System.out.println(benchmark + " fork: " + allowed.replaceAll("\\s+", " ") + ", availableProcessors "
				+ Runtime.getRuntime().availableProcessors());
	}

}
