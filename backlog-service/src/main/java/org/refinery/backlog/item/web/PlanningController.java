package org.refinery.backlog.item.web;

import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.ItemType;
import org.refinery.backlog.item.ReadyForPlanning.Prerequisite;
import org.refinery.backlog.item.ReadyForPlanning;
import org.refinery.backlog.item.application.TeamPlanning;
import org.refinery.http.PageSize;
import org.refinery.http.ProductKey;
import org.refinery.http.TeamKey;
import org.refinery.membership.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A team's ready-for-planning view: its READY items in rank order against its recent throughput. */
@RestController
@RequestMapping("/api/backlog")
class PlanningController {

	private final TeamPlanning planning;

	PlanningController(TeamPlanning planning) {
		this.planning = planning;
	}

	/**
	 * The team's READY items in rank order, at most {@code size}, each with the points accumulated
	 * down to it, the coming period it falls in at the team's median throughput, and its open
	 * prerequisites (so that the dashboard needs no request per item).
	 */
	@GetMapping("/products/{productKey}/teams/{teamKey}/ready-for-planning")
	ReadyView ready(Caller caller, @PathVariable @ProductKey String productKey, @PathVariable @TeamKey String teamKey,
			@RequestParam(defaultValue = "100") @PageSize int size) {
		return ReadyView.of(planning.readyForPlanning(productKey, teamKey, size, caller));
	}

	/**
	 * The view on the wire.
	 *
	 * @param medianPointsPerPeriod the team's median points per completed period; 0 when it
	 * finished nothing recently
	 */
	record ReadyView(String teamKey, int periodLengthDays, List<BigDecimal> pointsPerPeriod, List<Long> itemsPerPeriod,
			BigDecimal medianPointsPerPeriod, BigDecimal readyPoints, int unestimated, boolean more,
			List<Entry> items) {

		static ReadyView of(ReadyForPlanning view) {
			var throughput = view.throughput();
			return new ReadyView(view.teamKey(), throughput.periodLengthDays(), throughput.pointsPerPeriod(),
					throughput.itemsPerPeriod(), throughput.medianPoints(), view.readyPoints(), view.unestimated(),
					view.more(), view.items().stream().map(Entry::of).toList());
		}

	}

	/** One READY item with where it stands in the plan. */
	record Entry(UUID id, String key, ItemType type, String title, BigDecimal estimate, String rank, long version,
			BigDecimal cumulativeEstimate, Integer period, List<PrerequisiteView> openPrerequisites) {

		static Entry of(ReadyForPlanning.Entry entry) {
			var item = entry.item();
			return new Entry(item.id(), item.key(), item.type(), item.title(), item.estimate(), item.rank(),
					item.version(), entry.cumulativeEstimate(), entry.period(),
					entry.openPrerequisites().stream().map(PrerequisiteView::of).toList());
		}

	}

	record PrerequisiteView(UUID id, String key, String title, ItemStatus status) {

		static PrerequisiteView of(Prerequisite prerequisite) {
			return new PrerequisiteView(prerequisite.itemId(), prerequisite.key(), prerequisite.title(),
					prerequisite.status());
		}

	}

}
