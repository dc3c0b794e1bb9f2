package org.refinery.backlog.item.web;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.Readiness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An item as the REST API shows it, with its readiness explained. */
record ItemView(UUID id, String productKey, String key, ItemType type, String title, String description,
		List<String> acceptanceCriteria, BigDecimal estimate, String teamKey, Set<String> contributingTeamKeys,
		UUID parentId, String rank, ItemStatus status, Readiness readiness, Instant completedAt, long version) {

	static ItemView of(Item item, Readiness readiness) {
		return new ItemView(item.id(), item.productKey(), item.key(), item.type(), item.title(), item.description(),
				item.acceptanceCriteria(), item.estimate(), item.teamKey(), item.contributingTeamKeys(),
				item.parentId(), item.rank(), item.status(), readiness, item.completedAt(), item.version());
	}

}
