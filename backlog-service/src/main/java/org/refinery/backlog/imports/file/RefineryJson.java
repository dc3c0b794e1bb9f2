package org.refinery.backlog.imports.file;

import org.refinery.backlog.imports.SourceRow;

import java.nio.file.Path;

/**
 * Refinery's own export ({@code refinery-backlog} version 1): the {@code items} in backlog order
 * with Refinery's own types, statuses and team keys, parents by {@code parentKey}. Importing an
 * export gives an equal backlog: the same items in the same order and hierarchy.
 */
final class RefineryJson {

	private RefineryJson() {
	}

	static JsonRows open(Path file) {
		return JsonRows.open(file, "items", (item, line) -> new SourceRow(line, JsonRows.text(item.get("key")),
				JsonRows.text(item.get("key")), JsonRows.text(item.get("type")), JsonRows.text(item.get("title")),
				JsonRows.text(item.get("description")), JsonRows.text(item.get("status")),
				JsonRows.text(item.get("parentKey")), JsonRows.text(item.get("estimate")),
				JsonRows.text(item.get("teamKey")), JsonRows.texts(item.get("contributingTeamKeys")),
				JsonRows.texts(item.get("acceptanceCriteria")), JsonRows.text(item.get("removedReason")), null, null));
	}

}
