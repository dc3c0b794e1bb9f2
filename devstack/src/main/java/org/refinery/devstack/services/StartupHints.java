package org.refinery.devstack.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises start failures with a known remedy in a service's log. */
final class StartupHints {

	private StartupHints() {
	}

	/** Flyway refuses a migration that was edited after the persistent devstack database applied it. */
	static boolean migrationChanged(Path log) {
		try {
			String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
			return text.contains("Migration checksum mismatch") || text.contains("Detected applied migration not resolved locally");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
