package org.refinery.devstack.cli;

import org.refinery.devstack.DevstackSettings;
import org.refinery.devstack.process.LogTail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code logs <component>}: the end of a component's log, optionally followed as it grows. */
final class LogsCommand {

	private final DevstackSettings settings;

	private final Arguments arguments;

	LogsCommand(DevstackSettings settings, Arguments arguments) {
		this.settings = settings;
		this.arguments = arguments;
	}

	int run() {
		if (arguments.positional().size() != 1) {
			throw new Arguments.UsageError("logs needs one component, one of " + available());
		}
		String wanted = arguments.positional().getFirst();
		List<Path> matches = logs().filter(log -> name(log).equals(wanted) || name(log).startsWith(wanted + "-")).toList();
		if (matches.size() != 1) {
			System.err.printf("error: no single log for '%s'; available: %s%n", wanted, available());
			return 1;
		}
		Path log = matches.getFirst();
		System.out.println(LogTail.of(log, arguments.number("--lines").orElse(100)).replaceAll("(?m)^    ", ""));
		if (arguments.flag("--follow") || arguments.flag("-f")) {
			follow(log);
		}
		return 0;
	}

	private void follow(Path log) {
		try (var file = new RandomAccessFile(log.toFile(), "r")) {
			long position = file.length();
			byte[] buffer = new byte[8192];
			while (true) {
				if (file.length() < position) {
					position = 0;
				}
				file.seek(position);
				int read;
				while ((read = file.read(buffer)) > 0) {
					System.out.write(buffer, 0, read);
					position += read;
				}
				System.out.flush();
				Thread.sleep(500);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Stream<Path> logs() {
		try {
			return Files.exists(settings.logs()) ? Files.list(settings.logs()).filter(path -> path.toString().endsWith(".log")).sorted()
					: Stream.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String available() {
		return String.join(", ", logs().map(LogsCommand::name).toList());
	}

	private static String name(Path log) {
		String file = log.getFileName().toString();
		return file.substring(0, file.length() - ".log".length());
	}

}
