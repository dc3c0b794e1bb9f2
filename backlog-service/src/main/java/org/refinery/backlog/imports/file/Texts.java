package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.UnreadableFile;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading an uploaded file as text: UTF-8, with or without a byte-order mark (Excel writes one),
 * or UTF-16 when a mark says so. Anything else (a Windows-1252 export with umlauts) is refused
 * by line before a row is imported, rather than imported with garbled titles.
 */
final class Texts {

	private Texts() {
	}

	/** A reader past the byte-order mark, decoding strictly. */
	static Reader open(Path file) {
		try {
			InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536);
			Charset charset = charsetAfterMark(in);
			CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			return new BufferedReader(new InputStreamReader(in, decoder), 65_536);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the whole file once; {@link UnreadableFile} naming the first line that is not valid text. */
	static void check(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536)) {
			CharsetDecoder decoder = charsetAfterMark(in).newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer bytes = ByteBuffer.allocate(65_536);
			CharBuffer chars = CharBuffer.allocate(65_536);
			long line = 1;
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(0, read));
				bytes.flip();
				CoderResult result;
				do {
					result = decoder.decode(bytes, chars, end);
					line += newlines(chars);
					if (result.isError()) {
						throw new UnreadableFile("#/file/line/" + line, null,
								"is not UTF-8 text (save or export the file as UTF-8)");
					}
				}
				while (result.isOverflow());
				bytes.compact();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int newlines(CharBuffer chars) {
		chars.flip();
		int count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

	private static Charset charsetAfterMark(InputStream in) throws IOException {
		in.mark(3);
		int a = in.read();
		int b = in.read();
		int c = in.read();
		if (a == 0xEF && b == 0xBB && c == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		in.reset();
		if (a == 0xFE && b == 0xFF) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16BE;
		}
		if (a == 0xFF && b == 0xFE) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16LE;
		}
		return StandardCharsets.UTF_8;
	}

	/** Azure Boards' HTML fields as plain text: block ends become line breaks, tags go, entities are read. */
	static String fromHtml(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)<li[^>]*>", "- ")
			.replaceAll("(?i)</(p|div|li|h[1-6]|tr)>", "\n")
			.replaceAll("<[^>]*>", "")
			.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return text.replaceAll("\n{3,}", "\n\n").strip();
	}

	/** One criterion per non-blank line, list bullets removed. */
	static java.util.List<String> criteria(String text) {
		if (text == null || text.isBlank()) {
			return java.util.List.of();
		}
		return text.lines()
			.map(line -> line.strip().replaceFirst("^([-*•]|\\d+[.)])\\s+", ""))
			.filter(line -> !line.isEmpty())
			.toList();
	}

}
