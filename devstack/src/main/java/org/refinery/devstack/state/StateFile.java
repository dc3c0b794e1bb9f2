package org.refinery.devstack.state;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and atomically replaces {@code state.json} in the data directory. */
public final class StateFile {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Path file;

	public StateFile(Path dataDirectory) {
		this.file = dataDirectory.resolve("state.json");
	}

	public Path path() {
		return file;
	}

	public Optional<StackState> read() {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(file.toFile(), StackState.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	public void write(StackState state) {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling("state.json.tmp");
			JSON.writeValue(temporary.toFile(), state);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | JacksonException ex) {
			throw new UncheckedIOException(new IOException("Could not write " + file + ": " + ex.getMessage(), ex));
		}
	}

	public void delete() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
