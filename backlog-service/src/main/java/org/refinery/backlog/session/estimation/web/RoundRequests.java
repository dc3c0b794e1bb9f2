package org.refinery.backlog.session.estimation.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.refinery.http.InputError;
import org.refinery.http.InvalidInput;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Bodies of the estimation round endpoints. */
final class RoundRequests {

	private RoundRequests() {
	}

	/** A new round of one agenda item. */
	record Open(@NotNull UUID itemId) {
	}

	/**
	 * The caller's vote: {@code points} within the bounds of an estimate, or {@code pass} true
	 * ("?", cannot say yet) without points; exactly one of them.
	 */
	record Cast(@DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1) BigDecimal points,
			Boolean pass) {

		/** The points voted, null for a pass. */
		BigDecimal toPoints() {
			boolean passing = Boolean.TRUE.equals(pass);
			if (points == null && !passing) {
				throw invalid(InputError.body("/points", null, "is required unless pass is true"));
			}
			if (points != null && passing) {
				throw invalid(InputError.body("/pass", true, "a pass carries no points; send points or pass, not both"));
			}
			return points;
		}

		private static InvalidInput invalid(InputError error) {
			return new InvalidInput(HttpStatus.BAD_REQUEST, "The vote carries neither points nor a pass, or both",
					List.of(error));
		}

	}

}
