package org.refinery.backlog.imports;

import java.util.List;

/**
 * The outcome of one row: its line (0 for a {@link RowAction#MISSING} item), its external key,
 * the item it made or matched, why (the error, or what changed), and its Blocks links by
 * external key, kept for a later step to create dependencies.
 */
public record RowResult(long line, String externalKey, RowAction action, String itemKey, String reason,
		List<String> blocks, List<String> blockedBy) {

	public RowResult {
		blocks = blocks == null ? List.of() : List.copyOf(blocks);
		blockedBy = blockedBy == null ? List.of() : List.copyOf(blockedBy);
	}

	public static RowResult error(SourceRow row, String reason) {
		return new RowResult(row.line(), row.key(), RowAction.ERROR, null, reason, row.blocks(), row.blockedBy());
	}

}
