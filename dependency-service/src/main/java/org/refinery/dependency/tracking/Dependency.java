package org.refinery.dependency.tracking;


import org.refinery.membership.Caller;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The dependent item needs the prerequisite item; each end carries the item's key and owning
 * team as the backlog read model knew them when the dependency was identified. Every change
 * yields a new dependency with the next version, which is its ETag and the {@code
 * aggregateVersion} of its events. {@code prerequisiteRemoved} flags a dependency whose
 * prerequisite was removed from the backlog: its status stays, because the item may be
 * restored, but people must decide what the dependent work does now.
 */
public record Dependency(UUID id, UUID productId, String productKey, End dependent, End prerequisite,
		DependencyType type, DependencyStatus status, String neededBy, String note, UUID sessionId,
		Instant identifiedAt, String identifiedBy, Instant statusChangedAt, String statusChangedBy, String statusReason,
		boolean prerequisiteRemoved, long version) {

	/** One item of a dependency: its id, key and owning team (null when unassigned). */
	public record End(UUID itemId, String itemKey, String teamKey) {

		public End {
			Objects.requireNonNull(itemId, "itemId");
		}

	}

	public Dependency {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(dependent, "dependent");
		Objects.requireNonNull(prerequisite, "prerequisite");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(status, "status");
		if (dependent.itemId().equals(prerequisite.itemId())) {
			throw new DependencyRuleViolation("An item cannot depend on itself");
		}
	}

	/**
	 * Moves the dependency along its life. The prerequisite team (or a product owner) accepts or
	 * rejects it, the dependent team withdraws it, either team resolves it; rejecting and
	 * withdrawing need a reason, because the other team has to learn why.
	 */
	public Dependency movedTo(DependencyStatus target, Caller caller, String reason, Instant now) {
		if (!status.next().contains(target)) {
			throw new IllegalTransition(status, target);
		}
		if (!mayMove(target, caller)) {
			throw new DependencyAccessDenied(whoMay(target) + " may move a dependency to " + target);
		}
		if ((target == DependencyStatus.REJECTED || target == DependencyStatus.WITHDRAWN)
				&& (reason == null || reason.isBlank())) {
			throw new DependencyRuleViolation("Moving a dependency to " + target + " needs a reason");
		}
		return changed(target, now, caller.username(), reason == null ? null : reason.strip(), prerequisiteRemoved);
	}

	/**
	 * Applies an edit: a status move as {@link #movedTo} allows it, and a new needed-by or note,
	 * which whoever may resolve may set. An edit that changes nothing answers this very
	 * dependency, so nothing is stored, recorded or published. A reason belongs to a move:
	 * repeating the current one changes nothing, a different one without a move is refused.
	 */
	public Dependency edited(DependencyEdit edit, Caller caller, Instant now) {
		boolean moves = edit.status() != null && edit.status() != status;
		boolean reasonGiven = edit.reason() != null && !edit.reason().isBlank();
		if (!moves && reasonGiven && !edit.reason().strip().equals(statusReason)) {
			throw new DependencyRuleViolation("A reason comes with a status change; this dependency is already "
					+ status);
		}
		Dependency moved = moves ? movedTo(edit.status(), caller, edit.reason(), now) : this;
		String newNeededBy = edit.neededBy() == null ? neededBy : cleared(edit.neededBy().strip());
		String newNote = edit.note() == null ? note : cleared(edit.note());
		if (Objects.equals(newNeededBy, neededBy) && Objects.equals(newNote, note)) {
			return moved;
		}
		if (!mayMove(DependencyStatus.RESOLVED, caller)) {
			throw new DependencyAccessDenied(whoMay(DependencyStatus.RESOLVED) + " change its needed-by or note");
		}
		return new Dependency(id, productId, productKey, dependent, prerequisite, type, moved.status, newNeededBy,
				newNote, sessionId, identifiedAt, identifiedBy, moved.statusChangedAt, moved.statusChangedBy,
				moved.statusReason, prerequisiteRemoved, version + 1);
	}

	private static String cleared(String value) {
		return value.isBlank() ? null : value;
	}

	/** Resolved because its prerequisite item is DONE; nobody has to do anything. */
	public Dependency resolvedBy(String actor, String reason, Instant now) {
		if (!status.open()) {
			throw new IllegalTransition(status, DependencyStatus.RESOLVED);
		}
		return changed(DependencyStatus.RESOLVED, now, actor, reason, prerequisiteRemoved);
	}

	/**
	 * The next version with the owning team of {@code itemId}'s end changed, after the backlog
	 * handed that item to another team; who acknowledges or withdraws follows the new team.
	 */
	public Dependency reassigned(UUID itemId, String teamKey) {
		End newDependent = dependent.itemId().equals(itemId) ? new End(itemId, dependent.itemKey(), teamKey) : dependent;
		End newPrerequisite = prerequisite.itemId().equals(itemId) ? new End(itemId, prerequisite.itemKey(), teamKey)
				: prerequisite;
		return new Dependency(id, productId, productKey, newDependent, newPrerequisite, type, status, neededBy, note,
				sessionId, identifiedAt, identifiedBy, statusChangedAt, statusChangedBy, statusReason,
				prerequisiteRemoved, version + 1);
	}

	/** The same dependency with the removal flag set or cleared (no new version: not on the wire). */
	public Dependency withPrerequisiteRemoved(boolean removed) {
		return new Dependency(id, productId, productKey, dependent, prerequisite, type, status, neededBy, note,
				sessionId, identifiedAt, identifiedBy, statusChangedAt, statusChangedBy, statusReason, removed, version);
	}

	private Dependency changed(DependencyStatus target, Instant now, String actor, String reason, boolean removed) {
		return new Dependency(id, productId, productKey, dependent, prerequisite, type, target, neededBy, note,
				sessionId, identifiedAt, identifiedBy, now, actor, reason, removed, version + 1);
	}

	private boolean mayMove(DependencyStatus target, Caller caller) {
		boolean owner = caller.ownsProduct(productKey);
		boolean prerequisiteTeam = prerequisite.teamKey() != null && caller.isMemberOf(prerequisite.teamKey());
		boolean dependentTeam = dependent.teamKey() != null && caller.isMemberOf(dependent.teamKey());
		return switch (target) {
			case ACKNOWLEDGED, REJECTED -> owner || prerequisiteTeam;
			case WITHDRAWN -> owner || dependentTeam;
			case RESOLVED -> owner || prerequisiteTeam || dependentTeam;
			case IDENTIFIED -> false;
		};
	}

	private String whoMay(DependencyStatus target) {
		return switch (target) {
			case ACKNOWLEDGED, REJECTED -> "Only members of the prerequisite team " + prerequisite.teamKey()
					+ " and product owners of " + productKey;
			case WITHDRAWN -> "Only members of the dependent team " + dependent.teamKey() + " and product owners of "
					+ productKey;
			default -> "Only members of " + dependent.teamKey() + " or " + prerequisite.teamKey()
					+ " and product owners of " + productKey;
		};
	}

}
