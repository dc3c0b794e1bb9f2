package org.refinery.forecast.forecast.application;

import org.refinery.forecast.backlog.BacklogChanged;
import org.refinery.forecast.forecast.OverBudget;
import org.refinery.forecast.forecast.NoPointHistory;
import org.refinery.forecast.forecast.ProductNotFound;
import org.refinery.forecast.simulation.NoHistory;
import org.refinery.forecast.throughput.ThroughputChanged;
import org.refinery.forecast.simulation.OutOfTime;
import org.refinery.http.Busy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps baselines current: after a product's backlog, a team's imported history or the baseline
 * settings changed (noted once the change is committed), and when its baseline is a day old
 * ({@link BaselineFreshness}), the product's baseline is recomputed from its baseline settings, at
 * most once per debounce interval per product. Products without history are skipped until they
 * have some; nobody needs to ask for a baseline first.
 */
@Component
class Recomputation {

	private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

	private final ProductForecasts forecasts;

	private final Duration debounce;

	private final Clock clock = Clock.systemUTC();

	private final Set<String> changed = ConcurrentHashMap.newKeySet();

	private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

	Recomputation(ProductForecasts forecasts, RecomputeSettings settings) {
		this.forecasts = forecasts;
		this.debounce = settings.debounce();
	}

	/**
	 * Notes the product once the change commits; a change rolled back recomputes nothing. Not a
	 * {@code @TransactionalEventListener}: Spring Modulith would keep an outbox entry for it and
	 * cost every consumed record two more transactions, on the consumer's thread, to guard a note
	 * that lives in memory only, so a restart loses it either way.
	 */
	@EventListener
	void on(BacklogChanged change) {
		note(change.productKey());
	}

	/** A team's imported history was replaced: its product's baseline draws from it. */
	@EventListener
	void on(ThroughputChanged change) {
		note(change.productKey());
	}

	/** Recomputes the product's baseline at the next check once the current transaction, if any, commits. */
	void note(String productKey) {
		afterCommit(() -> changed.add(productKey));
	}

	@Scheduled(fixedDelayString = "${refinery.forecast.recompute.check:PT5S}")
	void recomputeDue() {
		Instant now = clock.instant();
		for (String product : Set.copyOf(changed)) {
			Instant last = lastRun.get(product);
			if (last == null || !last.plus(debounce).isAfter(now)) {
				changed.remove(product);
				lastRun.put(product, now);
				recompute(product);
			}
		}
	}

	private static void afterCommit(Runnable note) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			note.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				note.run();
			}
		});
	}

	private void recompute(String product) {
		try {
			forecasts.recompute(product);
		}
		catch (Busy ex) {
			// Users' forecasts hold every permit: try again at a later check rather than lose the change.
			changed.add(product);
		}
		catch (OverBudget | OutOfTime ex) {
			log.info("The baseline of {} as its settings say is not admitted now: {}", product, ex.getMessage());
		}
		catch (NoHistory | NoPointHistory | ProductNotFound ex) {
			log.debug("No baseline for {}: {}", product, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Recomputing the baseline of {} failed", product, ex);
		}
	}

}
