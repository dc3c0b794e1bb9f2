package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.ports.Port;
import org.refinery.devstack.ports.Ports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns options into settings: data directory, port offset, single ports, replicas, seeding. */
final class SettingsArguments {

	private static final Set<String> KNOWN = Set.of("--fresh", "--json", "--follow", "-f", "--no-seed", "--lines",
			"--port-offset", "--replicas", "--data-dir", "--help", "-h");

	private SettingsArguments() {
	}

	static DevstackSettings apply(Path repositoryRoot, Arguments arguments) {
		rejectUnknown(arguments);
		DevstackSettings settings = DevstackSettings.forRepository(repositoryRoot);
		var dataDirectory = arguments.option("--data-dir").map(Path::of);
		if (dataDirectory.isPresent()) {
			settings = settings.withDataDirectory(dataDirectory.get());
		}
		Ports ports = settings.ports().offsetBy(arguments.number("--port-offset").orElse(0));
		for (Port port : Port.values()) {
			var value = arguments.number(port.setting());
			if (value.isPresent()) {
				ports = ports.with(port, value.get());
			}
		}
		int replicas = arguments.number("--replicas").orElse(1);
		try {
			ports = ports.withReplicas(replicas);
		}
		catch (IllegalArgumentException ex) {
			throw new Arguments.UsageError(ex.getMessage());
		}
		return settings.withPorts(ports).withSeed(!arguments.flag("--no-seed"));
	}

	static String portOptions() {
		return Arrays.stream(Port.values())
			.map(port -> "%s=<port> (default %d)".formatted(port.setting(), port.defaultPort()))
			.collect(Collectors.joining(System.lineSeparator() + "      "));
	}

	private static void rejectUnknown(Arguments arguments) {
		for (String option : arguments.options().keySet()) {
			boolean port = Arrays.stream(Port.values()).anyMatch(p -> p.setting().equals(option));
			if (!port && !KNOWN.contains(option)) {
				throw new Arguments.UsageError("unknown option " + option);
			}
		}
	}

}
