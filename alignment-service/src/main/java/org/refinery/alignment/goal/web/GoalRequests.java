package org.refinery.alignment.goal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalPatch;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.KeyResult;
import org.refinery.alignment.goal.NewGoal;
import org.refinery.http.ProductKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the goal endpoints; ids, products' ids and versions are never the caller's to set. */
final class GoalRequests {

	private GoalRequests() {
	}

	/** {@code POST /api/alignment/goals}. */
	record CreateGoal(@NotNull GoalLevel level, UUID parentId,
			@ProductKey String productKey,
			@NotBlank @Size(max = 300) String title, @Size(max = 100) String owner, GoalStatus status,
			@Min(1) @Max(100) Integer weight,
			@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal targetInvestmentShare,
			@NotNull LocalDate timeframeStart, @NotNull LocalDate timeframeEnd,
			@Size(max = 20) List<@Valid @NotNull KeyResultBody> keyResults) {

		NewGoal toCommand() {
			return new NewGoal(level, parentId, productKey, title.strip(), owner, status, weight, targetInvestmentShare,
					timeframeStart, timeframeEnd, keyResults == null ? List.of()
							: keyResults.stream().map(KeyResultBody::toKeyResult).toList());
		}

	}

	/** {@code PATCH /api/alignment/goals/{id}}: fields left out stay as they are. */
	record UpdateGoal(UUID parentId, @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 300) String title,
			@Size(max = 100) String owner, GoalStatus status, @Min(1) @Max(100) Integer weight,
			@DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal targetInvestmentShare, LocalDate timeframeStart,
			LocalDate timeframeEnd, @Size(max = 20) List<@Valid @NotNull KeyResultBody> keyResults) {

		GoalPatch toPatch() {
			return new GoalPatch(parentId, title == null ? null : title.strip(), owner, status, weight,
					targetInvestmentShare, timeframeStart, timeframeEnd,
					keyResults == null ? null : keyResults.stream().map(KeyResultBody::toKeyResult).toList());
		}

	}

	/** A key result: a metric moving from a baseline to a target, and where it is now. */
	record KeyResultBody(@NotBlank @Size(max = 200) String metric, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal baseline,
			@NotNull @Digits(integer = 15, fraction = 4) BigDecimal target, @Digits(integer = 15, fraction = 4) BigDecimal current) {

		KeyResult toKeyResult() {
			return new KeyResult(metric.strip(), baseline, target, current);
		}

	}

}
