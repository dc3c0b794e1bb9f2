package org.refinery.backlog.session.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.NewItem;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.RecordOutcome;
import org.refinery.backlog.session.ScheduleSession;
import org.refinery.backlog.session.SessionEdit;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bodies of the session endpoints; ids, statuses and versions are never the caller's to set. */
final class SessionRequests {

	private SessionRequests() {
	}

	/** The body of a new session: who represents which team, and what is on the agenda. */
	record Schedule(@NotBlank @Size(max = 200) String title, @NotNull Instant startsAt,
			@Size(max = 100) String facilitator,
			@NotNull @Size(min = 1, max = 30) Map<@NotBlank String, @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String>> representatives,
			@Size(max = 200) List<@NotNull UUID> agenda) {

		ScheduleSession toCommand() {
			return new ScheduleSession(title.strip(), startsAt, facilitator, representatives,
					agenda == null ? List.of() : agenda);
		}

	}

	/** A correction: fields present replace what was planned, absent ones stay; the agenda is replaced whole. */
	record Edit(@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
			Instant startsAt,
			@Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String facilitator,
			@Size(min = 1, max = 30) Map<@NotBlank String, @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String>> representatives,
			@Size(max = 200) List<@NotNull UUID> agenda) {

		SessionEdit toCommand() {
			return new SessionEdit(title == null ? null : title.strip(), startsAt,
					facilitator == null ? null : facilitator.strip(), representatives, agenda);
		}

	}

	/** Why a session is called off; the body may be left out. */
	record Cancel(@Size(max = 1000) String reason) {
	}

	/**
	 * One decision about one item. What a kind claims must come with it: the estimate of
	 * ESTIMATED, the children of SPLIT, the reason (note) of REMOVED; and only with it.
	 */
	record Outcome(@NotNull UUID itemId, @NotNull OutcomeKind kind, @Size(max = 4000) String note,
			@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate,
			@Size(min = 2, max = 20) List<@NotNull @Valid Part> children) {

		RecordOutcome toCommand() {
			List<InputError> errors = new ArrayList<>();
			claim(errors, kind == OutcomeKind.ESTIMATED, estimate != null, "/estimate", estimate, "an estimate");
			claim(errors, kind == OutcomeKind.SPLIT, children != null, "/children", null, "the children");
			if (kind == OutcomeKind.REMOVED && (note == null || note.isBlank())) {
				errors.add(InputError.body("/note", note, "must give the reason when kind is REMOVED"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput(HttpStatus.BAD_REQUEST, "The outcome does not carry what its kind claims", errors);
			}
			return new RecordOutcome(itemId, kind, note, estimate,
					children == null ? List.of() : children.stream().map(Part::toCommand).toList());
		}

		private void claim(List<InputError> errors, boolean claimed, boolean given, String pointer, Object value,
				String what) {
			if (claimed && !given) {
				errors.add(InputError.body(pointer, null, "is required when kind is " + kind));
			}
			else if (!claimed && given) {
				errors.add(InputError.body(pointer, value, "is " + what + " of another kind; not allowed when kind is "
						+ kind));
			}
		}

	}

	/** A child of a split decided in the session; it inherits the split item's teams. */
	record Part(@NotNull ItemType type, @NotBlank @Size(max = 300) String title, @Size(max = 20000) String description,
			@Size(max = 50) List<@NotBlank @Size(max = 2000) String> acceptanceCriteria,
			@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal estimate) {

		NewItem toCommand() {
			return new NewItem(type, title.strip(), description,
					acceptanceCriteria == null ? List.of() : acceptanceCriteria, estimate, null, Set.of(), null);
		}

	}

}
