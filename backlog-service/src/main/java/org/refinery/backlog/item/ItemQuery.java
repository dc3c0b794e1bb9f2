package org.refinery.backlog.item;

import java.util.UUID;

/** A slice of one product's backlog in rank order; null filters select everything. */
public record ItemQuery(UUID productId, String teamKey, ItemStatus status, ItemType type) {
}
