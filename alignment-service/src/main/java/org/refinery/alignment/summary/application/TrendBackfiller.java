package org.refinery.alignment.summary.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.link.Links;
import org.refinery.alignment.summary.BackfillRequests;
import org.refinery.alignment.summary.Snapshots;
import org.refinery.alignment.summary.TrendBackfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Back-fills the trend of requested products, off the request path: a scheduled job takes one
 * request at a time and, in that request's transaction, computes the last {@link DailySnapshots#KEPT_DAYS}
 * days of the product from the read model ({@link TrendBackfill}) and stores them beside (never
 * over) measured snapshots. A failed back-fill rolls back and stays requested. Replicas take
 * different products (the request row is locked), so the work runs once.
 */
@Service
public class TrendBackfiller {

	private static final Logger log = LoggerFactory.getLogger(TrendBackfiller.class);

	private final BackfillRequests requests;

	private final BacklogItems items;

	private final Goals goals;

	private final Links links;

	private final Snapshots snapshots;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int perRun;

	TrendBackfiller(BackfillRequests requests, BacklogItems items, Goals goals, Links links, Snapshots snapshots,
			TransactionTemplate transactions, Clock clock, TrendBackfillProperties properties) {
		this.requests = requests;
		this.items = items;
		this.goals = goals;
		this.links = links;
		this.snapshots = snapshots;
		this.transactions = transactions;
		this.clock = clock;
		this.perRun = properties.perRun();
	}

	/** Each turn's back-fills are done by one replica (ADR 0011); the others skip the turn. */
	@Scheduled(fixedDelayString = "${refinery.alignment.trend-backfill.interval:PT30S}",
			initialDelayString = "${refinery.alignment.trend-backfill.interval:PT30S}")
	@SchedulerLock(name = "alignment-trend-backfill", lockAtMostFor = "PT30M")
	public void runOnOneReplica() {
		run();
	}

	/** Back-fills up to the configured number of requested products; says how many it did. */
	public int run() {
		int done = 0;
		while (done < perRun && backfillNext().isPresent()) {
			done++;
		}
		return done;
	}

	private Optional<String> backfillNext() {
		try {
			return transactions.execute(status -> requests.takeNext().map(productKey -> {
				backfill(productKey);
				return productKey;
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Could not back-fill an alignment trend, it stays requested: {}", ex.toString());
			return Optional.empty();
		}
	}

	/** Computes and stores the product's last {@link DailySnapshots#KEPT_DAYS} days, today included. */
	public void backfill(String productKey) {
		LocalDate today = LocalDate.now(clock);
		var backfill = new TrendBackfill(goals.inForceFor(productKey), links.periodsOfProduct(productKey));
		snapshots.putBackfilled(backfill.days(productKey, items.ofProduct(productKey),
				today.minusDays(DailySnapshots.KEPT_DAYS - 1L), today));
	}

}
