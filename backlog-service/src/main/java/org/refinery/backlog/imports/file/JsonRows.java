package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.SourceRow;
import org.refinery.backlog.imports.SourceRows;
import org.refinery.backlog.imports.UnreadableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A JSON document whose items are the elements of one array, either the document itself or a
 * top-level member ({@code issues}, {@code value}, {@code items}): the parser walks to it and
 * reads one element at a time as a tree, so a document of any length costs one element of memory.
 */
final class JsonRows implements SourceRows {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final JsonParser parser;

	private final BiFunction<JsonNode, Long, SourceRow> rows;

	/** Rows of JSON are numbered by their position in the array: a compact document is all one line. */
	private long position;

	private JsonRows(JsonParser parser, BiFunction<JsonNode, Long, SourceRow> rows) {
		this.parser = parser;
		this.rows = rows;
	}

	/** Opens the file at the first element of the array named {@code member} (or of the document, if it is an array). */
	static JsonRows open(Path file, String member, BiFunction<JsonNode, Long, SourceRow> rows) {
		JsonParser parser = JSON.createParser(Texts.open(file));
		try {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				toMember(parser, member);
			}
			else if (first != JsonToken.START_ARRAY) {
				throw new UnreadableFile("#/file/line/1", null, "must be a JSON object with \"" + member
						+ "\" or an array of items");
			}
			return new JsonRows(parser, rows);
		}
		catch (JacksonException ex) {
			parser.close();
			throw unreadable(ex);
		}
		catch (UnreadableFile ex) {
			parser.close();
			throw ex;
		}
	}

	private static void toMember(JsonParser parser, String member) {
		for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals(member) && value == JsonToken.START_ARRAY) {
				return;
			}
			parser.skipChildren();
		}
		throw new UnreadableFile("#/file/" + member, null, "is required: an array of items");
	}

	@Override
	public SourceRow next() {
		try {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				return null;
			}
			position++;
			if (token != JsonToken.START_OBJECT) {
				throw new UnreadableFile("#/file/line/" + parser.currentTokenLocation().getLineNr(), null,
						"must be an object, one per item");
			}
			JsonNode node = JSON.readTree(parser);
			return rows.apply(node, position);
		}
		catch (JacksonException ex) {
			throw unreadable(ex);
		}
	}

	@Override
	public void close() {
		parser.close();
	}

	private static UnreadableFile unreadable(JacksonException ex) {
		long line = ex.getLocation() == null ? 1 : ex.getLocation().getLineNr();
		return new UnreadableFile("#/file/line/" + line, null, "is not valid JSON: " + ex.getOriginalMessage());
	}

	/** The text of a field: a string, a number as written, the {@code name} or {@code value} of an object, the first of an array. */
	static String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			return node.isEmpty() ? null : text(node.get(0));
		}
		if (node.isObject()) {
			String named = text(node.get("name"));
			return named != null ? named : text(node.get("value"));
		}
		if (node.isNumber()) {
			return node.decimalValue().stripTrailingZeros().toPlainString();
		}
		String text = node.asString();
		return text.isBlank() ? null : text;
	}

	/** Every value of a field, as {@link #text} reads each. */
	static List<String> texts(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.values().forEach(value -> {
				String text = text(value);
				if (text != null) {
					values.add(text);
				}
			});
		}
		else if (text(node) != null) {
			values.add(text(node));
		}
		return values;
	}

}
