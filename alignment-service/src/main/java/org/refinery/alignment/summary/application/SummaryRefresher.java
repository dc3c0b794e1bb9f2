package org.refinery.alignment.summary.application;

import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recomputes a product's common summaries on one background thread shortly after a change of it
 * commits, so that the portfolio view finds them computed instead of recomputing every changed
 * product inside the request. Changes arriving within {@code delay} of each other are folded into
 * one recomputation per product; a recomputation that fails is retried later, never dropped.
 */
@Component
class SummaryRefresher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SummaryRefresher.class);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final ScheduledExecutorService worker = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("summary-refresh").daemon().factory());

	private final ProductSummaries summaries;

	private final KnownProducts products;

	private final Duration delay;

	SummaryRefresher(ProductSummaries summaries, KnownProducts products,
			SummaryRefreshProperties properties) {
		this.summaries = summaries;
		this.products = products;
		this.delay = properties.delay();
	}

	void refresh(String productKey) {
		pending.add(productKey);
		schedule(delay);
	}

	/** Every known product: on start, and when an organisation-wide goal changed. */
	@EventListener(ApplicationReadyEvent.class)
	void refreshAll() {
		products.all().stream().map(KnownProduct::key).forEach(pending::add);
		schedule(delay);
	}

	private void schedule(Duration after) {
		if (scheduled.compareAndSet(false, true) && !worker.isShutdown()) {
			worker.schedule(this::drain, after.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void drain() {
		scheduled.set(false);
		for (Iterator<String> keys = pending.iterator(); keys.hasNext();) {
			String productKey = keys.next();
			keys.remove();
			try {
				summaries.refresh(productKey);
			}
			catch (RuntimeException ex) {
				pending.add(productKey);
				log.warn("Could not recompute the alignment summaries of {}, retrying in {}: {}", productKey, RETRY,
						ex.toString());
				schedule(RETRY);
				return;
			}
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

}
