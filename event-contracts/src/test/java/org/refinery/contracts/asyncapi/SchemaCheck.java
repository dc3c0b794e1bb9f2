package org.refinery.contracts.asyncapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the JSON Schema subset the AsyncAPI document uses: local
 * {@code $ref}, {@code type}, {@code required}, {@code properties}, {@code additionalProperties},
 * {@code items}, {@code uniqueItems}, {@code enum}, {@code const} and the formats {@code uuid},
 * {@code date-time} and {@code date}. Stricter than JSON Schema in one way: a property the schema
 * does not name is reported too, because the document must describe every field producers send.
 */
final class SchemaCheck {

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final JsonNode document;

	SchemaCheck(JsonNode document) {
		this.document = document;
	}

	/** Everything wrong with {@code value} at {@code path}, one line each; empty when it validates. */
	List<String> errors(JsonNode schema, JsonNode value, String path) {
		List<String> errors = new ArrayList<>();
		check(resolved(schema), value, path, errors);
		return errors;
	}

	private JsonNode resolved(JsonNode schema) {
		JsonNode current = schema;
		while (current.has("$ref")) {
			String ref = current.get("$ref").asString();
			if (!ref.startsWith("#/")) {
				throw new IllegalArgumentException("Only local references are supported: " + ref);
			}
			JsonNode target = document.at(ref.substring(1));
			if (target.isMissingNode()) {
				throw new IllegalArgumentException("Dangling reference " + ref);
			}
			current = target;
		}
		return current;
	}

	private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (schema.has("const") && !schema.get("const").equals(value)) {
			errors.add(path + ": must be " + schema.get("const"));
		}
		if (schema.has("enum") && !contains(schema.get("enum"), value)) {
			errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
		}
		String type = schema.path("type").asString("");
		switch (type) {
			case "object" -> object(schema, value, path, errors);
			case "array" -> array(schema, value, path, errors);
			case "string" -> string(schema, value, path, errors);
			case "integer" -> expect(value.isIntegralNumber(), path, "an integer", value, errors);
			case "number" -> expect(value.isNumber(), path, "a number", value, errors);
			case "boolean" -> expect(value.isBoolean(), path, "a boolean", value, errors);
			case "" -> {
			}
			default -> errors.add(path + ": the schema names an unknown type " + type);
		}
	}

	private void object(JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (!value.isObject()) {
			errors.add(path + ": must be an object, was " + value);
			return;
		}
		schema.path("required").forEach(name -> {
			if (!value.has(name.asString())) {
				errors.add(path + "/" + name.asString() + ": is required");
			}
		});
		JsonNode properties = schema.path("properties");
		JsonNode additional = schema.get("additionalProperties");
		value.properties().forEach(field -> {
			String at = path + "/" + field.getKey();
			if (properties.has(field.getKey())) {
				check(resolved(properties.get(field.getKey())), field.getValue(), at, errors);
			}
			else if (additional != null && additional.isObject()) {
				check(resolved(additional), field.getValue(), at, errors);
			}
			else {
				errors.add(at + ": is not documented");
			}
		});
	}

	private void array(JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (!value.isArray()) {
			errors.add(path + ": must be an array, was " + value);
			return;
		}
		Set<JsonNode> seen = new HashSet<>();
		for (int i = 0; i < value.size(); i++) {
			if (schema.has("items")) {
				check(resolved(schema.get("items")), value.get(i), path + "/" + i, errors);
			}
			if (schema.path("uniqueItems").asBoolean(false) && !seen.add(value.get(i))) {
				errors.add(path + "/" + i + ": repeats an earlier entry");
			}
		}
	}

	private void string(JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (!value.isString()) {
			errors.add(path + ": must be a string, was " + value);
			return;
		}
		String text = value.asString();
		boolean valid = switch (schema.path("format").asString("")) {
			case "uuid" -> isUuid(text);
			case "date-time" -> DATE_TIME.matcher(text).matches();
			case "date" -> DATE.matcher(text).matches();
			default -> true;
		};
		expect(valid, path, "a " + schema.path("format").asString(), value, errors);
	}

	private static boolean isUuid(String text) {
		try {
			return UUID.fromString(text).toString().equalsIgnoreCase(text);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode candidate : values) {
			if (candidate.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static void expect(boolean condition, String path, String what, JsonNode value, List<String> errors) {
		if (!condition) {
			errors.add(path + ": must be " + what + ", was " + value);
		}
	}

}
