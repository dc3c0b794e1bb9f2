package org.refinery.devstack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How {@code ./refinery restart} reaches the launcher that {@code up} started, which alone owns the
 * component processes: through the data directory, like {@code status} (which reads its state
 * file) and {@code down} (which signals its PID). The command drops a request file naming the
 * component into {@code requests/}; the launcher, polling that directory, restarts the component
 * and writes an answer file beside it ({@code ok ...} or {@code error ...}), which the command
 * prints and removes. Files are written under a temporary name and moved, so neither side reads
 * half a file.
 */
final class RestartRequests {

	private static final Duration POLL = Duration.ofMillis(250);

	private static final Duration FILE_TIME_SLACK = Duration.ofSeconds(2);

	private static final String REQUEST = ".restart";

	private static final String ANSWER = ".answer";

	private final Path directory;

	RestartRequests(Path dataDirectory) {
		this.directory = dataDirectory.resolve("requests");
	}

	/**
	 * The launcher's side: restarts each requested component on its own thread until stopping.
	 * Requests older than {@code launched} were left unanswered by an earlier launcher (their
	 * command has given up) and are dropped.
	 */
	void serve(Instant launched, BooleanSupplier stopping, Consumer<String> restart) {
		// File times come from the kernel's coarse clock and may lag a moment written just after
		// the launch; a request an earlier launcher left is older than its command's whole wait.
		Instant staleBefore = launched.minus(FILE_TIME_SLACK);
		pending().stream().filter(request -> modified(request).isBefore(staleBefore)).forEach(RestartRequests::take);
		while (!stopping.getAsBoolean()) {
			for (Path request : pending()) {
				Optional<String> component = take(request);
				String id = idOf(request);
				component.ifPresent(name -> Thread.ofVirtual().name("restart-request-" + name)
					.start(() -> answer(id, name, restart)));
			}
			if (!sleep()) {
				return;
			}
		}
	}

	/**
	 * The command's side: asks for a restart and waits for the answer, giving up when the launcher
	 * is gone or the wait is over.
	 */
	Answer submit(String component, BooleanSupplier launcherAlive, Duration timeout) {
		String id = UUID.randomUUID().toString();
		write(directory.resolve(id + REQUEST), component);
		Path answer = directory.resolve(id + ANSWER);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && launcherAlive.getAsBoolean()) {
			Optional<String> text = take(answer);
			if (text.isPresent()) {
				return new Answer(text.get().startsWith("ok"), text.get().substring(text.get().indexOf(' ') + 1));
			}
			if (!sleep()) {
				break;
			}
		}
		take(directory.resolve(id + REQUEST));
		return new Answer(false, launcherAlive.getAsBoolean()
				? "no answer from the launcher within " + timeout.toSeconds() + " s; see ./refinery status and logs"
				: "the launcher is gone");
	}

	private void answer(String id, String component, Consumer<String> restart) {
		String text;
		try {
			restart.accept(component);
			text = "ok " + component + " restarted and ready";
		}
		catch (RuntimeException failure) {
			text = "error " + failure.getMessage();
		}
		write(directory.resolve(id + ANSWER), text);
	}

	private List<Path> pending() {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(REQUEST)).sorted().toList();
		}
		catch (NoSuchFileException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads and removes a file; empty when it is not there (yet, or any more). */
	private static Optional<String> take(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			Files.deleteIfExists(file);
			return Optional.of(text.strip());
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Path file, String text) {
		try {
			Files.createDirectories(directory);
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return Instant.MAX;
		}
	}

	private static String idOf(Path request) {
		String name = request.getFileName().toString();
		return name.substring(0, name.length() - REQUEST.length());
	}

	private static boolean sleep() {
		try {
			Thread.sleep(POLL);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The launcher's answer: whether the component restarted and is ready, and what to print. */
	record Answer(boolean restarted, String message) {
	}

}
