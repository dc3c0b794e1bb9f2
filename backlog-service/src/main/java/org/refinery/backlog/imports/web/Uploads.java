package org.refinery.backlog.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload copied to a temporary file as it arrives, never held in memory, and cut off with
 * {@link FileTooLarge} at the limit: the job reads the file as often as it needs (a census pass,
 * then a pass per level of parents) and deletes it when it ends.
 */
final class Uploads {

	private Uploads() {
	}

	static Path spool(InputStream body, long limit) {
		Path file = null;
		try {
			file = Files.createTempFile("refinery-import-", ".upload");
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[65_536];
				long total = 0;
				for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
					total += read;
					if (total > limit) {
						throw new FileTooLarge(limit);
					}
					out.write(buffer, 0, read);
				}
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a temporary file the system cleans up
			}
		}
	}

}
