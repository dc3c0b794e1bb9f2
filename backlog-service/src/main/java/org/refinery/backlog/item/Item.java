package org.refinery.backlog.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A backlog item as it is now. Every change yields a new item with the next version, which is
 * the item's ETag and the {@code aggregateVersion} of its events.
 */
public record Item(UUID id, UUID productId, String productKey, String key, ItemType type, String title,
		String description, List<String> acceptanceCriteria, BigDecimal estimate, String teamKey,
		Set<String> contributingTeamKeys, UUID parentId, String rank, ItemStatus status, Instant completedAt,
		long version) {

	public Item {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(rank, "rank");
		Objects.requireNonNull(status, "status");
		acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
		contributingTeamKeys = contributingTeamKeys == null ? Set.of() : Set.copyOf(contributingTeamKeys);
	}

	public Item estimated(BigDecimal points) {
		if (points != null && (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0)) {
			throw new ItemRuleViolation("An estimate must be between 0 and 1000 points, was " + points.toPlainString());
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, points, teamKey,
				contributingTeamKeys, parentId, rank, status, completedAt, version + 1);
	}

	public Item reranked(String newRank) {
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, newRank, status, completedAt, version + 1);
	}

	/**
	 * Moves the item along its life. READY demands that the Definition of Ready holds; DONE
	 * records when, which is what throughput and forecasts count.
	 */
	public Item movedTo(ItemStatus target, Readiness readiness, Instant now) {
		if (!status.next().contains(target)) {
			throw new IllegalTransition(status, target);
		}
		if (target == ItemStatus.READY && !readiness.ready()) {
			throw new NotReady(readiness);
		}
		Instant completed = target == ItemStatus.DONE ? now : null;
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, target, completed, version + 1);
	}

	public boolean isOwnedBy(String team) {
		return team.equals(teamKey);
	}

}
