package org.refinery.alignment.summary.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.summary.Scope;
import org.refinery.alignment.summary.Snapshot;
import org.refinery.alignment.summary.Snapshots;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Writes each known product's alignment of today and forgets snapshots older than
 * {@link #KEPT_DAYS} days. A rerun replaces the day's row, so the job is idempotent; it runs
 * hourly by default so that a day is recorded even when the service was down at midnight, and
 * the day's last run stands for the day. One replica takes each run (ADR 0011).
 */
@Service
public class DailySnapshots {

	public static final int KEPT_DAYS = 400;

	private final KnownProducts products;

	private final ProductSummaries summaries;

	private final Snapshots snapshots;

	private final Clock clock;

	DailySnapshots(KnownProducts products, ProductSummaries summaries, Snapshots snapshots, Clock clock) {
		this.products = products;
		this.summaries = summaries;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@Scheduled(cron = "${refinery.alignment.snapshot-cron:0 5 * * * *}", zone = "UTC")
	@SchedulerLock(name = "alignment-daily-snapshots", lockAtMostFor = "PT30M")
	@Transactional
	public void takeToday() {
		LocalDate today = LocalDate.now(clock);
		for (KnownProduct product : products.all()) {
			snapshots.put(Snapshot.of(today, summaries.summaryOf(product.key(), Scope.open())));
		}
		snapshots.deleteBefore(today.minusDays(KEPT_DAYS));
	}

}
