package org.refinery.backlog.imports;

import java.util.List;

/**
 * One item as a file states it, before mapping: the tracker's own words for type and status,
 * the team as the chosen column says it, the estimate as text (a wrong number is the row's
 * error, not the file's). {@code parent} is a key of the same system, or an id that
 * {@code id} of another row names (Jira CSV's {@code Parent id}).
 *
 * @param line where the row starts in a CSV file (1 is the heading line); in JSON, the item's
 * position in its array (1 for the first), since a compact document is all one line
 * @param rank the tracker's own order, compared as text (Jira's LexoRank {@code 0|i0005r:}); null
 * when the file has none
 */
public record SourceRow(long line, String key, String id, String type, String title, String description,
		String status, String parent, String estimate, String team, List<String> contributingTeams,
		List<String> acceptanceCriteria, String removedReason, List<String> blocks, List<String> blockedBy,
		String rank) {

	public SourceRow {
		contributingTeams = contributingTeams == null ? List.of() : List.copyOf(contributingTeams);
		acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
		blocks = blocks == null ? List.of() : List.copyOf(blocks);
		blockedBy = blockedBy == null ? List.of() : List.copyOf(blockedBy);
	}

	/** A row of a format without a rank of its own. */
	public SourceRow(long line, String key, String id, String type, String title, String description, String status,
			String parent, String estimate, String team, List<String> contributingTeams,
			List<String> acceptanceCriteria, String removedReason, List<String> blocks, List<String> blockedBy) {
		this(line, key, id, type, title, description, status, parent, estimate, team, contributingTeams,
				acceptanceCriteria, removedReason, blocks, blockedBy, null);
	}

}
