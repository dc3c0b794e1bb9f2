package org.refinery.backlog.imports;

/** An applied import's links by status, each pair once however many rows name it. */
public record LinkCounts(long pending, long created, long existing, long refused, long unresolved) {

	public static final LinkCounts NONE = new LinkCounts(0, 0, 0, 0, 0);

}
