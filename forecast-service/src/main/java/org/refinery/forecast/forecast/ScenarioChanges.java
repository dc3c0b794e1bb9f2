package org.refinery.forecast.forecast;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.ItemStatus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a what-if scenario changes against the baseline: teams' capacity over a range of periods
 * (a factor of the usual, or an absolute throughput), scope growth (every open item a percentage
 * larger, or extra items at the bottom of a team's backlog), another history window, and items
 * moved to another position in the ranking. Everything else is the baseline's, its seed included,
 * so that the comparison shows what the change does rather than another draw of the dice.
 */
public record ScenarioChanges(List<CapacityChange> capacity, ScopeChange scope, Integer historyWindow,
		List<RankMove> moves) {

	public ScenarioChanges {
		capacity = capacity == null ? List.of() : List.copyOf(capacity);
		moves = moves == null ? List.of() : List.copyOf(moves);
	}

	/** A team's capacity from one period to another (inclusive): a factor (0.5 half) or what it delivers per period. */
	public record CapacityChange(String teamKey, int fromPeriod, int toPeriod, Double factor, Double absolute) {
	}

	/** Open items a percentage larger each, or this many extra items for a team, ranked last. */
	public record ScopeChange(Double percent, Integer extraItems, String teamKey) {
	}

	/** An item moved to a 1-based position among the product's items in rank order (1 is the top). */
	public record RankMove(UUID itemId, int position) {
	}

	/** The baseline's request with this scenario's capacity, growth and history window. */
	public ForecastRequest applyTo(ForecastRequest baseline, Set<String> teams) {
		List<CapacityAdjustment> adjustments = new ArrayList<>(baseline.capacity());
		for (int i = 0; i < capacity.size(); i++) {
			CapacityChange change = check(i, capacity.get(i), teams, baseline.horizon());
			for (int period = change.fromPeriod(); period <= change.toPeriod(); period++) {
				adjustments.add(new CapacityAdjustment(change.teamKey(), period,
						change.factor() == null ? 1 : change.factor(), change.absolute()));
			}
		}
		SplitRate split = baseline.splitRate();
		if (scope != null && scope.percent() != null) {
			double grown = 1 + scope.percent() / 100;
			split = split == null ? new SplitRate(grown, grown) : new SplitRate(split.low() * grown, split.high() * grown);
		}
		return new ForecastRequest(baseline.trials(), baseline.horizon(), baseline.mode(), baseline.seed(), adjustments,
				historyWindow == null ? baseline.historyWindow() : historyWindow, split);
	}

	private static CapacityChange check(int index, CapacityChange change, Set<String> teams, int horizon) {
		String at = "/capacity/" + index;
		if (!teams.contains(change.teamKey())) {
			throw new InvalidForecastRequest(at + "/teamKey", change.teamKey(), "must be a team that works on this product");
		}
		if (change.toPeriod() < change.fromPeriod()) {
			throw new InvalidForecastRequest(at + "/toPeriod", change.toPeriod(),
					"must be " + change.fromPeriod() + " (fromPeriod) or later");
		}
		if (change.toPeriod() > horizon) {
			throw new InvalidForecastRequest(at + "/toPeriod", change.toPeriod(),
					"must be within the baseline's horizon of " + horizon + " periods");
		}
		if ((change.factor() == null) == (change.absolute() == null)) {
			throw new InvalidForecastRequest(at, null, "must give either factor or absolute, not both or neither");
		}
		return change;
	}

	/** The product's items in rank order with this scenario's moves and extra items. */
	public List<BacklogItem> applyTo(List<BacklogItem> items, Set<String> teams) {
		List<BacklogItem> ranked = new ArrayList<>(items);
		for (int i = 0; i < moves.size(); i++) {
			RankMove move = moves.get(i);
			BacklogItem item = ranked.stream().filter(b -> b.id().equals(move.itemId())).findFirst()
				.orElseThrow(() -> new InvalidForecastRequest("/moves/" + index(move) + "/itemId", move.itemId(),
						"must be an item of this product"));
			ranked.remove(item);
			ranked.add(Math.min(move.position(), ranked.size() + 1) - 1, item);
		}
		if (scope != null && scope.extraItems() != null) {
			ranked.addAll(extraItems(ranked, teams));
		}
		return ranked;
	}

	private int index(RankMove move) {
		return moves.indexOf(move);
	}

	private List<BacklogItem> extraItems(List<BacklogItem> ranked, Set<String> teams) {
		if (!teams.contains(scope.teamKey())) {
			throw new InvalidForecastRequest("/scope/teamKey", scope.teamKey(),
					"must be a team that works on this product, to work the extra items");
		}
		BacklogItem last = ranked.isEmpty() ? null : ranked.getLast();
		List<BacklogItem> extra = new ArrayList<>();
		for (int n = 1; n <= scope.extraItems(); n++) {
			String key = "EXTRA-" + n;
			UUID id = UUID.nameUUIDFromBytes(("scenario extra item " + n).getBytes(StandardCharsets.UTF_8));
			extra.add(new BacklogItem(id, last == null ? id : last.productId(),
					last == null ? "EXTRA" : last.productKey(), key, scope.teamKey(), ItemStatus.READY, null,
					"~" + n, null, null, 0));
		}
		return extra;
	}

}
