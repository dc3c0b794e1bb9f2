package org.refinery.gateway.apidocs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One service's OpenAPI document as the gateway hands it on: its own title and description, and
 * the gateway's origin as its only server, so that every "Try it out" goes through the gateway.
 */
final class ApiDocument {

	private ApiDocument() {
	}

	/** The document with {@code described}'s words (when given) and {@code origin} as its server. */
	static String throughGateway(String document, ApiDocsProperties.Described described, String origin) {
		JsonNode parsed = JsonMapper.shared().readTree(document);
		if (!(parsed instanceof ObjectNode root)) {
			return document;
		}
		ObjectNode info = root.has("info") && root.get("info") instanceof ObjectNode given ? given : root.putObject("info");
		if (described != null && described.title() != null) {
			info.put("title", described.title());
		}
		if (described != null && described.description() != null) {
			info.put("description", described.description());
		}
		root.putArray("servers").addObject().put("url", origin).put("description", "The gateway (every call goes through it)");
		return JsonMapper.shared().writeValueAsString(root);
	}

}
