package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Entry point of {@code ./refinery}: dispatches to a command and turns failures into exit codes. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		System.exit(run(args));
	}

	static int run(String... args) {
		try {
			Arguments arguments = Arguments.parse(args);
			if (arguments.flag("--help") || arguments.flag("-h")) {
				return help(0);
			}
			Path root = repositoryRoot();
			return switch (arguments.command()) {
				case "up" -> new UpCommand(root, arguments).run();
				case "status" -> new StatusCommand(SettingsArguments.apply(root, arguments), arguments.flag("--json")).run();
				case "logs" -> new LogsCommand(SettingsArguments.apply(root, arguments), arguments).run();
				case "restart" -> new RestartCommand(SettingsArguments.apply(root, arguments), arguments).run();
				case "down" -> new DownCommand(SettingsArguments.apply(root, arguments)).run();
				case "replay-dead-letters" -> new ReplayCommand(SettingsArguments.apply(root, arguments), arguments).run();
				case "help" -> help(0);
				default -> throw new Arguments.UsageError("unknown command " + arguments.command());
			};
		}
		catch (Arguments.UsageError ex) {
			System.err.println("error: " + ex.getMessage());
			return help(2);
		}
	}

	/** The repository this launcher was built in: its jar lives in devstack/target. */
	static Path repositoryRoot() {
		try {
			Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return DevstackSettings.findRepositoryRoot(code);
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return DevstackSettings.findRepositoryRoot(Path.of(""));
		}
	}

	private static int help(int exitCode) {
		var out = exitCode == 0 ? System.out : System.err;
		out.println("""
				Usage: ./refinery <command> [options]

				  up       start PostgreSQL, Kafka, Keycloak, the services and the gateway, seed demo data,
				           then stream a compact status until Ctrl-C (which stops everything in order)
				             --fresh             wipe the data directory (.devstack/) first
				             --no-seed           skip the demo data
				             --port-offset=<n>   add n to every port (a second stack beside the first)
				             --replicas=<n>      run each service and the gateway n times (1-5), replica i on
				                                 its ports + (i-1)*200 and named e.g. backlog-service-2; every
				                                 gateway balances across every service replica
				             --data-dir=<dir>    keep data and logs elsewhere (default .devstack)
				  status   each component's URL, PID, health and crash restarts   (--json for machines)
				  restart  <component>   stop (if running) and start one service, the gateway, kafka or keycloak
				           of the running stack, waiting until it is ready; a service or the gateway that
				           crashes is restarted by itself (back-off 1 s doubling to 30 s, 8 in a row at most)
				  logs     <component> [--lines=<n>] [--follow]   e.g. ./refinery logs backlog --follow
				  down     stop the stack that up started (from any terminal)
				  replay-dead-letters [--topic=<topic>-dlt]
				           after a fix, send dead-lettered events back to their topic (each once)

				  Ports (every one configurable):
				      %s
				""".formatted(SettingsArguments.portOptions()));
		return exitCode;
	}

}
