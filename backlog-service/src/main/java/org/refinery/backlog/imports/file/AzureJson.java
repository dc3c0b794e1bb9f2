package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Azure Boards work items as the REST API gives them with {@code $expand=relations}
 * ({@code value[]} of a batch, or an array): {@code id}, {@code fields} by reference name
 * ({@code System.Title}, {@code System.WorkItemType}, {@code System.State},
 * {@code System.AreaPath}, {@code Microsoft.VSTS.Scheduling.StoryPoints} or {@code …Effort},
 * HTML {@code System.Description} and {@code Microsoft.VSTS.Common.AcceptanceCriteria}) and
 * {@code relations}, whose {@code url} ends in the other item's id: the parent is
 * {@code System.LinkTypes.Hierarchy-Reverse}; {@code System.LinkTypes.Dependency-Reverse} (a
 * predecessor) blocks this item and {@code …Dependency-Forward} (a successor) is blocked by it.
 */
final class AzureJson {

	private AzureJson() {
	}

	static JsonRows open(Path file, ImportMapping mapping) {
		String team = mapping.teamField() == null ? "System.AreaPath" : mapping.teamField();
		String criteria = mapping.acceptanceCriteriaField() == null ? "Microsoft.VSTS.Common.AcceptanceCriteria"
				: mapping.acceptanceCriteriaField();
		return JsonRows.open(file, "value", (item, line) -> {
			JsonNode fields = item.path("fields");
			String parent = null;
			List<String> blocks = new ArrayList<>();
			List<String> blockedBy = new ArrayList<>();
			for (JsonNode relation : item.path("relations").values()) {
				String other = idIn(relation.path("url").asString(""));
				switch (relation.path("rel").asString("")) {
					case "System.LinkTypes.Hierarchy-Reverse" -> parent = other;
					case "System.LinkTypes.Dependency-Reverse" -> blockedBy.add(other);
					case "System.LinkTypes.Dependency-Forward" -> blocks.add(other);
					default -> {
					}
				}
			}
			String id = JsonRows.text(item.get("id"));
			return new SourceRow(line, id, id, JsonRows.text(fields.get("System.WorkItemType")),
					JsonRows.text(fields.get("System.Title")), Texts.fromHtml(JsonRows.text(fields.get("System.Description"))),
					JsonRows.text(fields.get("System.State")), parent, estimate(fields, mapping),
					JsonRows.text(fields.get(team)), List.of(), Texts.criteria(Texts.fromHtml(JsonRows.text(fields.get(criteria)))),
					null, blocks, blockedBy);
		});
	}

	private static String estimate(JsonNode fields, ImportMapping mapping) {
		if (mapping.estimateField() != null) {
			return JsonRows.text(fields.get(mapping.estimateField()));
		}
		String points = JsonRows.text(fields.get("Microsoft.VSTS.Scheduling.StoryPoints"));
		return points != null ? points : JsonRows.text(fields.get("Microsoft.VSTS.Scheduling.Effort"));
	}

	private static String idIn(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

}
