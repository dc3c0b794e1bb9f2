package org.refinery.devstack.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line: the command, its positional arguments and its options. Options are
 * {@code --name=value}, {@code --name value} or bare flags such as {@code --fresh}.
 */
record Arguments(String command, List<String> positional, Map<String, String> options) {

	private static final List<String> FLAGS = List.of("--fresh", "--json", "--follow", "-f", "--no-seed", "--help", "-h");

	static Arguments parse(String... args) {
		var positional = new ArrayList<String>();
		var options = new LinkedHashMap<String, String>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("-")) {
				positional.add(arg);
			}
			else if (arg.contains("=")) {
				options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (FLAGS.contains(arg)) {
				options.put(arg, "true");
			}
			else if (i + 1 < args.length) {
				options.put(arg, args[++i]);
			}
			else {
				throw new UsageError(arg + " needs a value");
			}
		}
		String command = positional.isEmpty() ? "help" : positional.removeFirst();
		return new Arguments(command, List.copyOf(positional), Map.copyOf(options));
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	Optional<Integer> number(String name) {
		return option(name).map(value -> {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				throw new UsageError(name + " needs a number, not " + value);
			}
		});
	}

	/** A wrong command line: reported with the usage text. */
	static final class UsageError extends RuntimeException {

		UsageError(String message) {
			super(message);
		}

	}

}
