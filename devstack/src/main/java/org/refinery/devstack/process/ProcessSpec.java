package org.refinery.devstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process: its name (also the name of its log), command line,
 * extra environment, working directory and the file that receives its output.
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment,
		Path workingDirectory, Path logFile) {

	public ProcessSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

}
