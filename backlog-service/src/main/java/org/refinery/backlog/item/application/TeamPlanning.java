package org.refinery.backlog.item.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemRuleViolation;
import org.refinery.backlog.item.PlanningFacts.Completed;
import org.refinery.backlog.item.PlanningFacts;
import org.refinery.backlog.item.ReadyForPlanning.Throughput;
import org.refinery.backlog.item.ReadyForPlanning;
import org.refinery.backlog.product.Product;
import org.refinery.membership.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a team can take into its next planning: its READY items against its recent throughput.
 * Throughput here is what this service knows first-hand, the points and items the team finished
 * in each of the product's last completed Sprints or Releases; forecast-service's Monte Carlo
 * forecasts answer a different question (when will all of it be done) and are not consulted.
 */
@Service
public class TeamPlanning {

	/** How many completed periods the throughput looks back: a quarter of two-week Sprints. */
	static final int PERIODS = 6;

	private final ItemAccess access;

	private final PlanningFacts facts;

	private final Clock clock;

	TeamPlanning(ItemAccess access, PlanningFacts facts, Clock clock) {
		this.access = access;
		this.facts = facts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ReadyForPlanning readyForPlanning(String productKey, String teamKey, int limit, Caller caller) {
		Product product = access.visibleProduct(productKey, caller);
		if (teamKey == null) {
			throw new ItemRuleViolation("Name the team whose ready items to plan");
		}
		access.requireTeamOf(product, teamKey);
		List<Item> ready = facts.readyOf(product.id(), teamKey, limit + 1);
		boolean more = ready.size() > limit;
		List<Item> shown = more ? ready.subList(0, limit) : ready;
		return ReadyForPlanning.of(teamKey, throughput(product, teamKey), shown,
				facts.openPrerequisites(shown.stream().map(Item::id).toList()), more);
	}

	private Throughput throughput(Product product, String teamKey) {
		int length = product.periodLengthDays();
		LocalDate today = LocalDate.now(clock);
		long current = Math.floorDiv(ChronoUnit.DAYS.between(product.firstPeriodStart(), today), length);
		long from = Math.max(0, current - PERIODS);
		Map<Long, Completed> done = facts.completedSince(product.id(), teamKey, product.firstPeriodStart(), length,
				from);
		List<BigDecimal> points = new ArrayList<>();
		List<Long> items = new ArrayList<>();
		for (long period = from; period < current; period++) {
			Completed completed = done.getOrDefault(period, new Completed(BigDecimal.ZERO, 0));
			points.add(completed.points());
			items.add(completed.items());
		}
		return new Throughput(length, points, items);
	}

}
