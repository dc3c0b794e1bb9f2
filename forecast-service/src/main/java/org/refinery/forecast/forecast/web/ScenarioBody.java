package org.refinery.forecast.forecast.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.forecast.forecast.ScenarioChanges;
import org.refinery.http.TeamKey;

import java.util.List;
import java.util.UUID;

/**
 * A named what-if scenario: every change is optional. Capacity per team over periods
 * {@code fromPeriod} to {@code toPeriod} (default: just {@code fromPeriod}) as a {@code factor}
 * (0.5 half, 0 away) or an {@code absolute} throughput per period, one of the two; scope growth as
 * {@code percent} more size on every open item and/or {@code extraItems} more items for
 * {@code teamKey}, ranked last; another {@code historyWindow}; and items moved to a 1-based
 * {@code position} in the ranking.
 */
record ScenarioBody(@NotBlank @Size(max = 80) String name, @Valid @Size(max = 200) List<@NotNull Capacity> capacity,
		@Valid Scope scope, @Min(1) @Max(10_000) Integer historyWindow,
		@Valid @Size(max = 1_000) List<@NotNull Move> moves) {

	record Capacity(@NotNull @TeamKey String teamKey, @NotNull @Min(1) @Max(104) Integer fromPeriod,
			@Min(1) @Max(104) Integer toPeriod, @DecimalMin("0") @DecimalMax("10") Double factor,
			@DecimalMin("0") @DecimalMax("100000") Double absolute) {
	}

	record Scope(@DecimalMin("0") @DecimalMax("900") Double percent, @Min(1) @Max(1_000) Integer extraItems,
			@TeamKey String teamKey) {
	}

	record Move(@NotNull UUID itemId, @NotNull @Min(1) Integer position) {
	}

	ScenarioChanges toChanges() {
		List<ScenarioChanges.CapacityChange> changes = capacity == null ? List.of() : capacity.stream()
			.map(c -> new ScenarioChanges.CapacityChange(c.teamKey(), c.fromPeriod(),
					c.toPeriod() == null ? c.fromPeriod() : c.toPeriod(), c.factor(), c.absolute()))
			.toList();
		List<ScenarioChanges.RankMove> moved = moves == null ? List.of()
				: moves.stream().map(m -> new ScenarioChanges.RankMove(m.itemId(), m.position())).toList();
		return new ScenarioChanges(changes,
				scope == null ? null : new ScenarioChanges.ScopeChange(scope.percent(), scope.extraItems(), scope.teamKey()),
				historyWindow, moved);
	}

}
