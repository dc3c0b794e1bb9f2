package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportFormat;
import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.SourceRows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test files: from the test resources, or written from text in a chosen encoding. */
final class Files {

	private Files() {
	}

	static Path resource(String name) {
		try (InputStream in = Files.class.getResourceAsStream("/imports/" + name)) {
			Path file = java.nio.file.Files.createTempFile("import-test-", name);
			java.nio.file.Files.write(file, in.readAllBytes());
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path written(byte[] prefix, String text, Charset charset) {
		try {
			Path file = java.nio.file.Files.createTempFile("import-test-", ".txt");
			byte[] body = text.getBytes(charset);
			byte[] all = new byte[prefix.length + body.length];
			System.arraycopy(prefix, 0, all, 0, prefix.length);
			System.arraycopy(body, 0, all, prefix.length, body.length);
			java.nio.file.Files.write(file, all);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<SourceRow> rows(ImportFormat format, Path file, ImportMapping mapping) {
		ImportFiles.check(format, file, mapping);
		List<SourceRow> rows = new ArrayList<>();
		try (SourceRows source = ImportFiles.open(format, file, mapping)) {
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

}
