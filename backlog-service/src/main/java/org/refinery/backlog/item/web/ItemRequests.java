package org.refinery.backlog.item.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.NewItem;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.refinery.http.TeamKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Bodies of the item endpoints; ids, keys, ranks and versions are never the caller's to set. */
final class ItemRequests {


	private ItemRequests() {
	}

	record CreateItem(@NotNull ItemType type, @NotBlank @Size(max = 300) String title,
			@Size(max = 20000) String description,
			@Size(max = 50) List<@NotBlank @Size(max = 2000) String> acceptanceCriteria,
			@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate,
			@TeamKey String teamKey,
			@Size(max = 20) Set<@TeamKey String> contributingTeamKeys,
			UUID parentId) {

		NewItem toCommand() {
			return new NewItem(type, title.strip(), description, acceptanceCriteria == null ? List.of() : acceptanceCriteria,
					estimate, teamKey, contributingTeamKeys == null ? Set.of() : contributingTeamKeys, parentId);
		}

	}

	/** Fields present are changed; absent or null ones stay as they are. */
	record Clarify(@Size(max = 300) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
			@Size(max = 20000) String description,
			@Size(max = 50) List<@NotBlank @Size(max = 2000) String> acceptanceCriteria,
			@TeamKey String teamKey,
			@Size(max = 20) Set<@TeamKey String> contributingTeamKeys) {

		boolean refines() {
			return title != null || description != null || acceptanceCriteria != null;
		}

		boolean assigns() {
			return teamKey != null || contributingTeamKeys != null;
		}

	}

	/** The parts an item is split into; teams are inherited from the split item. */
	record Split(@NotNull @Size(min = 2, max = 20) List<@NotNull @jakarta.validation.Valid Part> children) {
	}

	record Part(@NotNull ItemType type, @NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
			@Size(max = 50) List<@NotBlank @Size(max = 2000) String> acceptanceCriteria,
			@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate) {

		NewItem toCommand() {
			return new NewItem(type, title.strip(), description, acceptanceCriteria == null ? List.of() : acceptanceCriteria,
					estimate, null, Set.of(), null);
		}

	}

	record Estimate(@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate) {
	}

	/** {@code completedAt} belongs to DONE only: any other status has no completion to date. */
	record ChangeStatus(@NotNull ItemStatus status, Instant completedAt) {

		Instant completion() {
			if (completedAt != null && status != ItemStatus.DONE) {
				throw InvalidInput.of(InputError.body("/completedAt", completedAt.toString(),
						"may only be sent with status DONE"));
			}
			return completedAt;
		}

	}

	record Check(@NotNull Boolean ticked) {
	}

	/** Exactly one of {@code before} and {@code after} names the item to move next to. */
	record Move(UUID before, UUID after) {
	}

}
