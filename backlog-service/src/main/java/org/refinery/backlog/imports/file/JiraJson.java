package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.ImportMapping;
import org.refinery.backlog.imports.SourceRow;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's REST issue search ({@code /rest/api/3/search}): {@code issues[]}, each with {@code key},
 * {@code id} and {@code fields} by field id: {@code summary}, {@code issuetype.name},
 * {@code status.name}, {@code parent.key}, {@code description} in Atlassian Document Format (or
 * plain text from API version 2), {@code issuelinks} of type {@code Blocks}. The estimate is
 * {@code customfield_10016} ("Story point estimate") and the team the first of
 * {@code components} unless the mapping names other field ids; the order is Jira's Rank,
 * {@code customfield_10019} on Jira Cloud (another id through {@code rankField}).
 */
final class JiraJson {

	private JiraJson() {
	}

	static JsonRows open(Path file, ImportMapping mapping) {
		String team = mapping.teamField() == null ? "components" : mapping.teamField();
		String estimate = mapping.estimateField() == null ? "customfield_10016" : mapping.estimateField();
		String criteria = mapping.acceptanceCriteriaField();
		String rank = mapping.rankField() == null ? "customfield_10019" : mapping.rankField();
		return JsonRows.open(file, "issues", (issue, line) -> {
			JsonNode fields = issue.path("fields");
			List<String> teams = JsonRows.texts(fields.get(team));
			List<String> blocks = new ArrayList<>();
			List<String> blockedBy = new ArrayList<>();
			for (JsonNode link : fields.path("issuelinks").values()) {
				if ("Blocks".equalsIgnoreCase(link.path("type").path("name").asString(""))) {
					addKey(link.path("outwardIssue"), blocks);
					addKey(link.path("inwardIssue"), blockedBy);
				}
			}
			return new SourceRow(line, JsonRows.text(issue.get("key")), JsonRows.text(issue.get("id")),
					JsonRows.text(fields.get("issuetype")), JsonRows.text(fields.get("summary")),
					Adf.markdown(fields.get("description")), JsonRows.text(fields.get("status")),
					JsonRows.text(fields.path("parent").get("key")), JsonRows.text(fields.get(estimate)),
					teams.isEmpty() ? null : teams.getFirst(), teams.size() > 1 ? teams.subList(1, teams.size()) : null,
					criteria == null ? List.of() : Texts.criteria(Adf.markdown(fields.get(criteria))), null, blocks,
					blockedBy, JsonRows.text(fields.get(rank)));
		});
	}

	private static void addKey(JsonNode issue, List<String> keys) {
		String key = JsonRows.text(issue.get("key"));
		if (key != null) {
			keys.add(key);
		}
	}

}
