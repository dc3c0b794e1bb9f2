package org.refinery.backlog.imports;

import java.util.List;

/**
 * The outcome of one row: its line (0 for a {@link RowAction#MISSING} item), its external key,
 * the item it made or matched, why (the error, or what changed), its Blocks links by external
 * key as the file has them, and, once an applied import sent them on, what became of each link.
 */
public record RowResult(long line, String externalKey, RowAction action, String itemKey, String reason,
		List<String> blocks, List<String> blockedBy, List<RowLink> links) {

	public RowResult {
		blocks = blocks == null ? List.of() : List.copyOf(blocks);
		blockedBy = blockedBy == null ? List.of() : List.copyOf(blockedBy);
		links = links == null ? List.of() : List.copyOf(links);
	}

	/** A row result before its links were sent on. */
	public RowResult(long line, String externalKey, RowAction action, String itemKey, String reason,
			List<String> blocks, List<String> blockedBy) {
		this(line, externalKey, action, itemKey, reason, blocks, blockedBy, List.of());
	}

	public RowResult withLinks(List<RowLink> rowLinks) {
		return new RowResult(line, externalKey, action, itemKey, reason, blocks, blockedBy, rowLinks);
	}

	public static RowResult error(SourceRow row, String reason) {
		return new RowResult(row.line(), row.key(), RowAction.ERROR, null, reason, row.blocks(), row.blockedBy());
	}

}
