package org.refinery.backlog.imports.file;

import tools.jackson.databind.JsonNode;

/**
 * Jira Cloud's Atlassian Document Format (a tree of {@code doc}, {@code paragraph}, {@code text}…
 * nodes) as Markdown: paragraphs and headings, bullet and numbered lists, code blocks, strong,
 * emphasis, code and links. Nodes it does not know (panels, mentions, media) give their text.
 */
final class Adf {

	private Adf() {
	}

	static String markdown(JsonNode document) {
		if (document == null || document.isNull() || document.isMissingNode()) {
			return null;
		}
		if (document.isString()) {
			return document.asString();
		}
		StringBuilder out = new StringBuilder();
		blocks(document, out, "");
		String text = out.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static void blocks(JsonNode parent, StringBuilder out, String indent) {
		for (JsonNode node : parent.path("content").values()) {
			String type = node.path("type").asString("");
			switch (type) {
				case "heading" -> out.append("#".repeat(Math.max(1, node.path("attrs").path("level").asInt(1))))
					.append(' ').append(inline(node)).append("\n\n");
				case "bulletList", "orderedList" -> {
					list(node, out, indent, type.equals("orderedList"));
					out.append('\n');
				}
				case "codeBlock" -> out.append("```\n").append(inline(node)).append("\n```\n\n");
				case "rule" -> out.append("---\n\n");
				case "paragraph" -> out.append(indent).append(inline(node)).append("\n\n");
				default -> {
					if (node.has("content")) {
						blocks(node, out, indent);
					}
					else {
						out.append(inline(node));
					}
				}
			}
		}
	}

	private static void list(JsonNode list, StringBuilder out, String indent, boolean ordered) {
		int number = 1;
		for (JsonNode item : list.path("content").values()) {
			out.append(indent).append(ordered ? number++ + ". " : "- ");
			boolean first = true;
			for (JsonNode child : item.path("content").values()) {
				String type = child.path("type").asString("");
				if (type.equals("bulletList") || type.equals("orderedList")) {
					out.append('\n');
					list(child, out, indent + "  ", type.equals("orderedList"));
					first = true;
					continue;
				}
				out.append(first ? "" : "\n" + indent + "  ").append(inline(child));
				first = false;
			}
			if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
				out.append('\n');
			}
		}
	}

	private static String inline(JsonNode node) {
		StringBuilder out = new StringBuilder();
		if (node.path("type").asString("").equals("text")) {
			return marked(node.path("text").asString(""), node.path("marks"));
		}
		for (JsonNode child : node.path("content").values()) {
			switch (child.path("type").asString("")) {
				case "text" -> out.append(marked(child.path("text").asString(""), child.path("marks")));
				case "hardBreak" -> out.append('\n');
				case "mention", "emoji" -> out.append(child.path("attrs").path("text").asString(""));
				case "inlineCard" -> out.append(child.path("attrs").path("url").asString(""));
				default -> out.append(inline(child));
			}
		}
		return out.toString();
	}

	private static String marked(String text, JsonNode marks) {
		String marked = text;
		for (JsonNode mark : marks.values()) {
			marked = switch (mark.path("type").asString("")) {
				case "strong" -> "**" + marked + "**";
				case "em" -> "_" + marked + "_";
				case "code" -> "`" + marked + "`";
				case "strike" -> "~~" + marked + "~~";
				case "link" -> "[" + marked + "](" + mark.path("attrs").path("href").asString("") + ")";
				default -> marked;
			};
		}
		return marked;
	}

}
