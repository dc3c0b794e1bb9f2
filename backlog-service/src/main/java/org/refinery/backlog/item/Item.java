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
		Removal removal, long version) {

	/** Why an item was removed and the status it returns to when restored. */
	public record Removal(String reason, ItemStatus previousStatus) {
	}

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
		requireNotRemoved();
		if (points != null && (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0)) {
			throw new ItemRuleViolation("An estimate must be between 0 and 1000 points, was " + points.toPlainString());
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, points, teamKey,
				contributingTeamKeys, parentId, rank, status, completedAt, removal, version + 1);
	}

	public Item reranked(String newRank) {
		requireNotRemoved();
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, newRank, status, completedAt, removal, version + 1);
	}

	/**
	 * Moves the item along its life. READY demands that the Definition of Ready holds; DONE
	 * records when ({@code finishedAt}: now, or a time {@link Completion} allowed), which is what
	 * throughput and forecasts count.
	 */
	public Item movedTo(ItemStatus target, Readiness readiness, Instant finishedAt) {
		if (status == ItemStatus.REMOVED) {
			throw new ItemRuleViolation(key + " is removed; restore it first");
		}
		if (target == status) {
			return this;
		}
		if (!status.next().contains(target)) {
			throw new IllegalTransition(status, target);
		}
		if (target == ItemStatus.READY && !readiness.ready()) {
			throw new NotReady(readiness);
		}
		Instant completed = target == ItemStatus.DONE ? finishedAt : null;
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, target, completed, removal, version + 1);
	}

	/**
	 * Declares the item ready, as a refinement session does: from DRAFT or IN_REFINEMENT in one
	 * step, and only while the Definition of Ready holds, even for an item already READY.
	 */
	public Item readied(Readiness readiness) {
		requireNotRemoved();
		if (!readiness.ready()) {
			throw new NotReady(readiness);
		}
		if (status == ItemStatus.READY) {
			return this;
		}
		if (status != ItemStatus.DRAFT && status != ItemStatus.IN_REFINEMENT) {
			throw new IllegalTransition(status, ItemStatus.READY);
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, ItemStatus.READY, completedAt, removal, version + 1);
	}

	/** Clarifies the item; null leaves a field as it is. */
	public Item refined(String newTitle, String newDescription, List<String> newCriteria) {
		requireNotRemoved();
		return new Item(id, productId, productKey, key, type, newTitle == null ? title : newTitle,
				newDescription == null ? description : newDescription,
				newCriteria == null ? acceptanceCriteria : newCriteria, estimate, teamKey, contributingTeamKeys,
				parentId, rank, status, completedAt, removal, version + 1);
	}

	/** Hands the item to another owning team and set of contributing teams. */
	public Item assigned(String newTeam, Set<String> newContributors) {
		requireNotRemoved();
		if (newTeam != null && newContributors.contains(newTeam)) {
			throw new ItemRuleViolation("The owning team " + newTeam + " cannot also be a contributing team");
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate, newTeam,
				newContributors, parentId, rank, status, completedAt, removal, version + 1);
	}

	/** Removes the item from the backlog, keeping it restorable; the reason is required. */
	public Item removed(String reason) {
		requireNotRemoved();
		if (reason == null || reason.isBlank()) {
			throw new ItemRuleViolation("Removing an item needs a reason");
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, ItemStatus.REMOVED, completedAt,
				new Removal(reason.strip(), status), version + 1);
	}

	/** Brings a removed item back in the status it had. */
	public Item restored() {
		if (status != ItemStatus.REMOVED) {
			throw new ItemRuleViolation("Only a removed item can be restored; " + key + " is " + status);
		}
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, removal.previousStatus(), completedAt, null,
				version + 1);
	}

	/** The same item at the next version: its readiness changed though none of its fields did. */
	public Item reassessed() {
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria, estimate,
				teamKey, contributingTeamKeys, parentId, rank, status, completedAt, removal, version + 1);
	}

	private void requireNotRemoved() {
		if (status == ItemStatus.REMOVED) {
			throw new ItemRuleViolation(key + " is removed; restore it first");
		}
	}

	/**
	 * Whether any field differs from {@code before}, estimates compared by value (5 is 5.0): a
	 * change that differs in nothing is no change, and costs no version.
	 */
	public boolean differsFrom(Item before) {
		return !comparable().equals(before.comparable());
	}

	private Item comparable() {
		return new Item(id, productId, productKey, key, type, title, description, acceptanceCriteria,
				estimate == null ? null : estimate.stripTrailingZeros(), teamKey, contributingTeamKeys, parentId, rank,
				status, completedAt, removal, 0);
	}

	public boolean isOwnedBy(String team) {
		return team.equals(teamKey);
	}

}
